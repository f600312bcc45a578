#include "feeds/cli/speak.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/id3_tags.h"
#include "feeds/cli/command_line.h"
#include "feeds/publish/episode_audio.h"
#include "feeds/site/atomic_file.h"
#include "synth/input_file.h"
#include "synth/read/article_reader.h"
#include "synth/read/article_source.h"

namespace briefcast {
namespace {

// ".wav" for "Out.WAV".
std::string LowerExtension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// The articles' scripts one after another, the pause between them an article's.
EpisodeScript JoinedScript(const std::vector<Article>& articles) {
  EpisodeScript joined;
  for (const Article& article : articles) {
    EpisodeScript script = ArticleScript(article);
    if (!joined.segments.empty()) joined.segments.back().boundary = Boundary::kArticle;
    for (ScriptChapter& chapter : script.chapters) {
      chapter.first_segment += joined.segments.size();
      joined.chapters.push_back(std::move(chapter));
    }
    joined.segments.insert(joined.segments.end(), script.segments.begin(), script.segments.end());
  }
  return joined;
}

// What `speak` was given to say, read as publish reads it.
std::vector<Article> SpeakInput(const ParsedArgs& parsed, std::istream& in) {
  if (parsed.Has("--text")) return {ReadArticleText(parsed.Get("--text"), "--text")};
  const std::string source = parsed.positional.empty() ? "-" : parsed.positional[0];
  if (source == "-") {
    return ReadArticleContent(ReadInputStream(in, kMaxArticleFileBytes, "stdin", "article"),
                              "stdin");
  }
  std::error_code error;
  if (std::filesystem::exists(source, error)) return ReadArticles(source);
  if (LooksLikePath(source)) {
    throw Error(source +
                ": no such file; to speak text that looks like a path, give it with "
                "--text TEXT or on stdin (-)");
  }
  return {ReadArticleText(source, "TEXT")};
}

}  // namespace

bool LooksLikePath(const std::string& argument) {
  if (argument.find('/') != std::string::npos) return true;
  const std::size_t dot = argument.rfind('.');
  if (dot == std::string::npos || dot + 1 >= argument.size() || argument.size() - dot > 6) {
    return false;
  }
  if (!std::isalpha(static_cast<unsigned char>(argument[dot + 1]))) return false;
  return std::all_of(argument.begin() + static_cast<std::ptrdiff_t>(dot) + 1, argument.end(),
                     [](unsigned char c) { return c < 0x80 && std::isalnum(c); });
}

int RunSpeak(const ParsedArgs& parsed, std::istream& in, std::ostream& err) {
  if (parsed.positional.size() + (parsed.Has("--text") ? 1 : 0) > 1) {
    throw UsageError("speak takes one FILE, - or --text TEXT");
  }
  const std::filesystem::path output = parsed.Get("-o", "speech.mp3");
  const std::string extension = LowerExtension(output);
  if (extension != ".mp3" && extension != ".wav") {
    throw BadValue("-o", "a file ending in .mp3 or .wav", output.string());
  }
  const Config config = ConfigFrom(parsed);
  SpeakToFile(SpeakInput(parsed, in), output, config);
  err << "wrote " << output.string() << '\n';
  return kExitOk;
}

void SpeakToFile(const std::vector<Article>& articles, const std::filesystem::path& output,
                 const Config& config) {
  if (articles.empty()) throw Error("nothing to speak");
  const Article& article = articles.front();
  EspeakSession speaker(config.voice);
  const EpisodeScript script = JoinedScript(articles);
  const std::unique_ptr<PinyinConverter> user =
      config.lexicon.empty() ? nullptr
                             : PinyinConverter::WithUserLexicon(
                                   ReadInputFile(config.lexicon, kMaxLexiconFileBytes, "lexicon"),
                                   config.lexicon.string());
  EpisodeRenderer renderer(script, speaker, user ? *user : PinyinConverter::Builtin(), config);
  if (LowerExtension(output) == ".wav") {
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
