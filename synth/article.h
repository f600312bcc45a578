#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace briefcast {

// A news article as read from its source, cleaned but not yet normalized for speech.
struct Article {
  std::string title;
  std::string date;                     // YYYY-MM-DD; empty when the source gives none
  std::string time;                     // HH:MM; empty when the source gives none
  std::string publisher;                // empty when the source gives none
  std::string source_url;               // empty when the source gives none
  std::vector<std::string> paragraphs;  // in reading order, never empty strings
  // Indices into paragraphs, ascending, of the article's own subheadings (Markdown headings
  // after the title, HTML h2-h6 in the story): each names the chapter it begins.
  std::vector<std::size_t> subheadings;
};

}  // namespace briefcast
