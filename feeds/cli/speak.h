#pragma once

#include <filesystem>
#include <istream>
#include <ostream>
#include <vector>

#include "feeds/cli/cli_args.h"
#include "feeds/config.h"
#include "synth/article.h"

namespace briefcast {

// `briefcast speak [-o OUT.mp3|OUT.wav] [FILE | - | --text TEXT | TEXT]`: FILE and stdin
// (-, the default) are read by the readers publish uses (synth/read/article_source.h: text,
// Markdown, HTML, feeds, PDF); --text, or a lone argument that names no file and does not
// look like a path, is plain text (a single line is a title). A lone argument that looks
// like a path (a '/' or a file extension) and does not exist is an Error. -o must end in
// .mp3 or .wav (else UsageError). Writes "wrote OUT" to `err`; returns the exit status.
int RunSpeak(const ParsedArgs& parsed, std::istream& in, std::ostream& err);

// Speaks `articles` one after another with the same chain as publish and writes `output`
// as MP3 (with ID3 tags from the first article) or, when it ends in ".wav", as WAV. Throws
// Error for output that cannot be written.
void SpeakToFile(const std::vector<Article>& articles, const std::filesystem::path& output,
                 const Config& config);

// Whether `argument` looks like a file's path rather than text: it has a '/' or ends in an
// extension ('.' and 1-5 ASCII letters and digits, the first a letter: "a.txt", "x.html").
bool LooksLikePath(const std::string& argument);

}  // namespace briefcast
