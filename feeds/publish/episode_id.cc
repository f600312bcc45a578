#include "feeds/publish/episode_id.h"

#include <cctype>

#include "feeds/formats/sha1.h"
#include "feeds/formats/uuid.h"

namespace briefcast {
namespace {

// A namespace for episode guids, itself a UUIDv5 of "briefcast episodes" in the URL namespace.
constexpr std::string_view kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
constexpr std::size_t kSlugSyllables = 6;

// "<date or 'undated'>-": what every id of that date begins with.
std::string DatePrefix(const std::string& date) { return (date.empty() ? "undated" : date) + "-"; }

}  // namespace

std::string TitleSlug(const std::string& title, const PinyinConverter& converter) {
  std::string slug;
  std::size_t words = 0;
  for (const SpokenToken& token : converter.Convert(title)) {
    if (token.kind == SpokenToken::Kind::kBreak || words == kSlugSyllables) continue;
    std::string word;
    for (char c : token.text) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    if (word.empty()) continue;
    slug += (slug.empty() ? "" : "-") + word.substr(0, 12);
    ++words;
  }
  return slug.empty() ? "episode" : slug;
}

std::string PublishedSlug(const std::string& title, const std::string& date,
                          const std::vector<EpisodeRecord>& published) {
  const std::string prefix = DatePrefix(date);
  for (const EpisodeRecord& record : published) {
    const std::size_t hash = record.id.rfind('-');
    if (record.title != title || !record.id.starts_with(prefix) || hash <= prefix.size()) continue;
    return record.id.substr(prefix.size(), hash - prefix.size());
  }
  return "";
}

std::string ArticleIdentity(const Article& article) {
  if (!article.source_url.empty()) return article.source_url;
  // The space a title keeps between two phrases (CleanTitle) does not change who it is: ids
  // made before titles kept it stay the same.
  std::string title = article.title;
  std::erase(title, ' ');
  return title + "\n" + article.date;
}

std::string MakeEpisodeId(const std::string& date, const std::string& slug,
                          const std::string& identity) {
  return DatePrefix(date) + slug + "-" + Sha1Hex(identity).substr(0, 6);
}

std::string QualifyEpisodeId(const std::string& id, const std::string& identity) {
  return id.substr(0, id.rfind('-') + 1) + Sha1Hex(identity).substr(0, 6);
}

std::string EpisodeGuid(const Article& article) { return EpisodeGuidOf(ArticleIdentity(article)); }

std::string EpisodeGuidOf(const std::string& identity) {
  static const std::string episode_namespace = UuidV5(kUrlNamespace, "briefcast episodes");
  return UuidV5(episode_namespace, identity);
}

}  // namespace briefcast
