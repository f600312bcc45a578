// The segmenter on arbitrary valid UTF-8 (what the readers hand over): lines become the
// title and paragraphs. Checks its contract too: the segments of a paragraph concatenate
// back to the paragraph.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "synth/speech/segmenter.h"
#include "synth/utf8.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  briefcast::SegmenterOptions options;
  options.max_segment_chars = 1 + data[0] % 64;
  const std::string_view text = briefcast::fuzz::AsText(data + 1, size - 1);
  for (std::size_t pos = 0; pos < text.size();) {
    if (briefcast::utf8::Next(text, &pos) == briefcast::utf8::kInvalid) return 0;
  }
  briefcast::Article article;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (article.title.empty()) {
      article.title = line;
    } else if (!line.empty()) {
      article.paragraphs.push_back(line);
    }
    start = end + 1;
  }
  briefcast::SplitIntoSegments(article, options);
  for (const std::string& paragraph : article.paragraphs) {
    std::string joined;
    for (const auto& segment : briefcast::SplitParagraph(paragraph, 0, options)) {
      joined += segment.text;
    }
    if (joined != paragraph) std::abort();  // segments must give back the paragraph
  }
  return 0;
}
