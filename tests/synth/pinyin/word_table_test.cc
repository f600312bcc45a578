// The word table's index is built at build time and linked in (synth/embedded_data.S); it must
// be the very index a process would build, and a bad one must never be used.
#include <catch2/catch.hpp>
#include <string>

#include "synth/embedded_data.h"
#include "synth/pinyin/pinyin_word_table.h"

namespace briefcast::pinyin {

TEST_CASE("the linked-in word index is the one the table builds", "[pinyin][word_table]") {
  const WordTable built(embedded::PinyinWords());
  const std::string index = built.Serialize();
  REQUIRE(index.size() > 1000);
  CHECK(index == embedded::PinyinWordIndex());
  const WordTable linked =
      WordTable::FromIndex(embedded::PinyinWords(), embedded::PinyinWordIndex());
  CHECK(linked.Serialize() == index);
  for (const char* word : {"银行", "行长", "中华人民共和国", "涡阳县"}) {
    INFO(word);
    const WordTable::Match a = built.Find(word), b = linked.Find(word);
    CHECK(a.is_word);
    CHECK(b.is_word);
    CHECK(a.syllables == b.syllables);
    CHECK(a.log_probability == b.log_probability);
  }
  CHECK(linked.Find("中华人民").has_longer);
  CHECK(!linked.Find("不是一个词的串").is_word);
}

TEST_CASE("a word index that is not this table's is rebuilt, not used", "[pinyin][word_table]") {
  const std::string tsv = "银行\t100\tyin2,hang2\n行长\t50\thang2,zhang3\n";
  const std::string good = WordTable(tsv).Serialize();
  std::string wrong_magic = good;
  wrong_magic[0] = 'X';
  const std::string other = WordTable("工人\t10\n").Serialize();
  for (const std::string& index : {std::string(), wrong_magic, other, good.substr(0, 40)}) {
    const WordTable table = WordTable::FromIndex(tsv, index);
    CHECK(table.Serialize() == good);
    CHECK(table.Find("行长").syllables == "hang2,zhang3");
  }
}

}  // namespace briefcast::pinyin
