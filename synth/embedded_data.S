/* Data tables linked into the binary, each 16-byte aligned; accessors in embedded_data.h. */
  .section .rodata
  .balign 16

#define EMBED(name, file)   \
  .balign 16;               \
  .global name##_begin;     \
  .global name##_end;       \
name##_begin:               \
  .incbin file;             \
name##_end:                 \
  .byte 0

EMBED(briefcast_pinyin_chars, "pinyin_chars.tsv")
EMBED(briefcast_pinyin_words, "pinyin_words.tsv")
/* WordTable::Serialize of pinyin_words.tsv, made by briefcast_word_index in the build. */
EMBED(briefcast_pinyin_word_index, "pinyin_words.index")
EMBED(briefcast_default_lexicon, "default_lexicon.tsv")
EMBED(briefcast_polyphone_model, "pinyin_polyphone_model.tsv")

  .section .note.GNU-stack,"",@progbits
