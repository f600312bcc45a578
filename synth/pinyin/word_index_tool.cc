// Build-time tool: writes the index of the embedded word table (WordTable::Serialize), which
// embedded_data.S then links into the binary, so that no process builds it at start-up.
// Usage: briefcast_word_index WORDS.tsv OUT.index
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "synth/pinyin/pinyin_word_table.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: briefcast_word_index WORDS.tsv OUT.index\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << argv[1] << ": cannot read the word table\n";
    return 1;
  }
  const std::string tsv = text.str();
  const briefcast::pinyin::WordTable table(tsv);
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  const std::string index = table.Serialize();
  out.write(index.data(), static_cast<std::streamsize>(index.size()));
  if (!out.flush()) {
    std::cerr << argv[2] << ": cannot write the index\n";
    return 1;
  }
  return 0;
}
