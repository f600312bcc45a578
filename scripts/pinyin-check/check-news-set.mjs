// Checks the expected pinyin of the news reading set (tests/data/news_reading.tsv) against two
// independent dictionaries: pinyin-pro (its word dictionaries) and the `pinyin` package (its
// phrase data, segmented with Intl.Segmenter). Prints, per sentence, every Han syllable where
// the expected reading differs from a dictionary, for review. 一/不 sandhi and numeral tones
// are compared after undoing sandhi (both dictionaries apply none or a context-free one).
// Usage: node check-news-set.mjs NORMALIZED_FILE < tests/data/news_reading.tsv
//   NORMALIZED_FILE: `briefcast normalize` of the sentence column, one line per row.
import { readFileSync } from 'node:fs';
import { pinyin as pro } from 'pinyin-pro';
import pinyinPkg from 'pinyin';

const py = pinyinPkg.default || pinyinPkg;
const rows = readFileSync(0, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const normalized = readFileSync(process.argv[2], 'utf8').split('\n');
const isHan = (c) => /\p{Script=Han}/u.test(c);
const fix = (s) => (s ? s.replace(/ü/g, 'v').replace(/0$/, '5').replace(/^([a-z]+)$/, '$15') : s);
const plain = (s) => s.replace(/^(yi|bu)[1-5]$/, (m, b) => b + (b === 'yi' ? '1' : '4'));

function proReadings(text) {
  return pro(text, { type: 'all', toneType: 'num', toneSandhi: false })
    .filter((x) => isHan(x.origin))
    .map((x) => fix(x.pinyin));
}

function pkgReadings(text) {
  const out = [];
  for (const run of text.match(/\p{Script=Han}+/gu) || []) {
    for (const r of py(run, { style: py.STYLE_TONE2, segment: 'Intl.Segmenter' })) out.push(fix(r[0]));
  }
  return out;
}

let disagreements = 0;
rows.forEach((row, i) => {
  const [part, domain, sentence, expected] = row.split('\t');
  const text = normalized[i] || '';
  const han = [...text].filter(isHan);
  const syllables = expected.split(' ').filter((s) => /^[a-z]+[1-5]$/.test(s));
  const a = proReadings(text);
  const b = pkgReadings(text);
  if (syllables.length !== han.length) {
    console.log(`${i + 1}\tCOUNT ${han.length} Han vs ${syllables.length} syllables\t${sentence}`);
    return;
  }
  const notes = [];
  han.forEach((ch, k) => {
    const e = plain(syllables[k]);
    if (e !== plain(a[k] || '') || e !== plain(b[k] || '')) {
      notes.push(`${ch}:${syllables[k]} pro=${a[k]} pkg=${b[k]}`);
    }
  });
  if (notes.length) {
    disagreements += notes.length;
    console.log(`${i + 1}\t${part}\t${text}\t${notes.join('; ')}`);
  }
});
console.error(`${rows.length} sentences, ${disagreements} syllables where a dictionary differs`);
