#pragma once

#include <filesystem>

#include "audio/pcm.h"

namespace briefcast {

// Writes `pcm` as a 16-bit mono WAV file with libsndfile. Throws Error on failure.
void WriteWav(const std::filesystem::path& path, const Pcm& pcm);

// Reads a WAV or MP3 file (libsndfile; MP3 through mpg123), downmixed to mono.
// Throws Error when the file cannot be read.
Pcm ReadAudioFile(const std::filesystem::path& path);

}  // namespace briefcast
