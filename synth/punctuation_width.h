#pragma once

#include <string>

namespace briefcast {

// Turns ASCII punctuation written next to Chinese into its full-width form, in place. The
// one rule for both the article readers (CleanText) and the text normalizer (NormalizeText).
// "Next to" means the nearest character before or after the mark, white space skipped, is a
// Han character or CJK punctuation (utf8::IsHan, utf8::IsCjkPunctuation):
//   , ; : ! ? ( )  ->  ， ； ： ！ ？ （ ）         ("浓情端午,粽艾" -> "浓情端午，粽艾");
//   .              ->  。 only after Han text or a closing mark ” ’ ） 》 」 』 】 〉, and
//                     not right before a digit ("好." and "好”." end a sentence; "A.I",
//                     "3.", "U.S." and the decimal point of "一支.22口径" stay);
//   "              ->  “ or ”, by the quote's parity among all '"' in `text`, so a quotation
//                     opened beside Latin text still closes ('"OK"他说' -> '"OK”他说').
// The text is scanned left to right and a mark sees the marks before it already widened,
// so "什么?!" -> "什么？！". Other characters are left alone. Linear in the size of `text`.
void WidenPunctuation(std::u32string& text);

}  // namespace briefcast
