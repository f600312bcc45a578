#include "feeds/cli/speak.h"

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/id3_tags.h"
#include "feeds/publish/episode_audio.h"
#include "feeds/site/atomic_file.h"
#include "synth/read/article_reader.h"

namespace briefcast {

void SpeakToFile(std::string_view text, std::string_view source_name,
                 const std::filesystem::path& output, const Config& config) {
  const Article article = ReadArticleText(text, source_name);
  EspeakSession speaker(config.voice);
  const EpisodeScript script = ArticleScript(article);
  EpisodeRenderer renderer(script, speaker, PinyinConverter::Builtin(), config);
  if (output.extension() == ".wav") {
    renderer.Render(nullptr, output);
    return;
  }
  Id3Tags tags;
  tags.title = article.title;
  tags.artist = article.publisher;
  tags.date = article.date;
  WriteFileAtomically(output, {}, [&](const std::filesystem::path& temporary) {
    renderer.RenderMp3File(temporary);
    WriteId3Tags(temporary, tags);
  });
}

}  // namespace briefcast
