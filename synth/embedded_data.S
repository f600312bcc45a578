/* Data tables linked into the binary; accessors in embedded_data.cc. */
  .section .rodata
  .balign 16

#define EMBED(name, file)   \
  .global name##_begin;     \
  .global name##_end;       \
name##_begin:               \
  .incbin file;             \
name##_end:                 \
  .byte 0

EMBED(briefcast_pinyin_chars, "pinyin_chars.tsv")
EMBED(briefcast_pinyin_words, "pinyin_words.tsv")
EMBED(briefcast_default_lexicon, "default_lexicon.tsv")
EMBED(briefcast_polyphone_model, "pinyin_polyphone_model.tsv")

  .section .note.GNU-stack,"",@progbits
