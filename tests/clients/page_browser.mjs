// The site's pages in headless Chromium (Debian's, driven by playwright-core), as a
// listener with a screen reader or a keyboard would meet them:
// - zero axe-core violations of WCAG 2.1 A and AA on the front page and on every episode's
//   page (episodes/<id>.html);
// - the front page links every episode's page; html lang="zh-CN"; an episode's page has one
//   <audio controls preload="metadata"> with a <track kind="captions"> whose WebVTT
//   Chromium loads;
// - read along: currentTime set into a sentence marks exactly that sentence
//   aria-current="true" (and a word in it); Enter on a sentence moves currentTime to its
//   start (±0.1 s); the speed control sets playbackRate and survives a reload;
// - the JSON transcript: Podcasting 2.0 structure, startTimes increasing, inside the audio;
// - the first player loads metadata when asked: readyState >= 1, duration within 0.5 s of
//   the episode's;
// - clicking a chapter link seeks its player to the chapter's start, also for a player
//   that had loaded nothing yet; Tab reaches the skip link first (shown when focused) and
//   then the chapter links, which show a focus outline; Enter on one seeks;
// - links are underlined (not told apart by colour alone); no script error.
//
// usage (through serve_site.sh): node page_browser.mjs EXPECTED_EPISODES SCREENSHOT.png
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Tally, get, kSkip, readRecord, requirePackages, siteUrl } from './check.mjs';

const kChromium = '/usr/bin/chromium';
// Chromium as root in a closed network: no sandbox (root), nothing fetched in the background.
const kArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kWcag21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

requirePackages(['playwright-core', 'axe-core']);
if (!existsSync(kChromium)) {
  console.log(`SKIP: ${kChromium} is missing (Debian package chromium; scripts/setup installs it)`);
  process.exit(kSkip);
}
const { chromium } = await import('playwright-core');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function checkAxe(t, page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), kWcag21AA);
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    t.check(false, `axe ${v.id} (${v.impact}): ${v.help}; at ${where}`);
  }
  t.check(result.violations.length === 0 && result.passes.length > 0,
          `axe-core: ${result.violations.length} WCAG 2.1 A/AA violations, ${result.passes.length} rules pass`);
}

async function checkStructure(t, page, expected) {
  const s = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    audios: [...document.querySelectorAll('audio')].map((a) => ({
      controls: a.controls, preload: a.getAttribute('preload'), src: a.src,
      tracks: [...a.querySelectorAll('track')].map((k) => ({ kind: k.kind, src: k.src, lang: k.srclang })),
    })),
    h2: document.querySelectorAll('article h1').length,
    nonUnderlined: [...document.querySelectorAll('main a, header a')]
        .filter((a) => !getComputedStyle(a).textDecorationLine.includes('underline'))
        .map((a) => a.textContent),
  }));
  t.check(s.lang === 'zh-CN', `html lang="${s.lang}", expected zh-CN`);
  t.check(s.audios.length === expected && s.h2 === expected,
          `${s.audios.length} players and ${s.h2} episode headings, expected ${expected}`);
  for (const a of s.audios) {
    const track = a.tracks.find((k) => k.kind === 'captions');
    t.check(a.controls && a.preload === 'metadata' && a.src.endsWith('.mp3'),
            `${a.src}: <audio controls preload="metadata">`);
    t.check(track && track.src === a.src.replace(/\.mp3$/, '.vtt') && track.lang.startsWith('zh'),
            `${a.src}: <track kind="captions" srclang="zh…"> on its VTT: ${JSON.stringify(a.tracks)}`);
  }
  t.check(s.nonUnderlined.length === 0, `links not underlined: ${s.nonUnderlined.join(' | ')}`);
  return s.audios;
}

// Asks the first player for its metadata and its captions, as pressing play would.
async function checkFirstPlayer(t, page, src) {
  const record = readRecord(src);
  await page.evaluate(() => {
    const audio = document.querySelector('audio');
    audio.textTracks[0].mode = 'hidden';
    audio.preload = 'metadata';
    audio.load();
  });
  await page.waitForFunction(() => document.querySelector('audio').readyState >= 1);
  const duration = await page.evaluate(() => document.querySelector('audio').duration);
  t.check(Math.abs(duration - record.duration_seconds) < 0.5,
          `first player: duration ${duration} s, the episode lasts ${record.duration_seconds} s`);
  await page.waitForFunction(() => document.querySelector('audio').textTracks[0].cues?.length > 0);
  const cue = await page.evaluate(() => document.querySelector('audio').textTracks[0].cues[0].text);
  const flat = (text) => text.replace(/\s+/g, '');  // lines may break at a space
  t.check(cue !== '' && flat(record.cues[0].text).startsWith(flat(cue)),
          `first player: Chromium reads the captions; first cue "${cue}"`);
}

// Clicks (or presses Enter on) the last chapter link of an episode and waits for its player
// to play from that chapter.
async function checkSeek(t, page, episode, how) {
  const link = page.locator('article').nth(episode).locator('a[data-seek]').last();
  const seek = Number(await link.getAttribute('data-seek'));
  const player = await link.getAttribute('data-player');
  await page.evaluate((id) => {
    const audio = document.getElementById(id);
    if (audio.readyState >= 1) audio.currentTime = 0;
  }, player);
  if (how === 'Enter') await link.press('Enter'); else await link.click();
  const at = await page.waitForFunction(([id, target]) => {
    const audio = document.getElementById(id);
    return audio.readyState >= 1 && audio.currentTime >= target - 0.25 &&
           audio.currentTime <= target + 3 && audio.currentTime;
  }, [player, seek]).then((handle) => handle.jsonValue()).catch(() => NaN);
  const src = await page.evaluate((id) => document.getElementById(id).src, player);
  const chapters = JSON.parse((await get(src.replace(/\.mp3$/, '.chapters.json'))).text).chapters;
  const start = chapters.at(-1).startTime;
  t.check(seek > 0 && Math.abs(seek - start) < 1 && at >= seek - 0.25,
          `${how} on the last chapter link of ${player} (chapter at ${start} s, link ${seek} s): ` +
          `player at ${at} s`);
  await page.evaluate((id) => document.getElementById(id).pause(), player);
}

async function checkKeyboard(t, page) {
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    return { cls: el.className, visible: box.left >= 0 && box.top >= 0 && box.width > 0 };
  });
  t.check(skip.cls === 'skip' && skip.visible, `first Tab: a visible skip link (${JSON.stringify(skip)})`);
  let focus = null;
  for (let i = 0; i < 60 && !focus; ++i) {
    await page.keyboard.press('Tab');
    focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el.matches('a[data-seek]')) return null;
      const style = getComputedStyle(el);
      return { visible: el.matches(':focus-visible'), outline: style.outlineStyle,
               width: parseFloat(style.outlineWidth), text: el.textContent };
    });
  }
  t.check(focus !== null, 'Tab reaches a chapter link');
  t.check(focus?.visible && focus.outline !== 'none' && focus.width >= 2,
          `focused chapter link shows an outline: ${JSON.stringify(focus)}`);
}

// The front page: a link to every episode's page, underlined links, no script error.
async function checkFrontPage(t, page, expected) {
  const s = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    pages: [...document.querySelectorAll('main article h3 a')].map((a) => a.href),
    feed: document.querySelector('main code')?.textContent,
    nonUnderlined: [...document.querySelectorAll('main a, header a')]
        .filter((a) => !getComputedStyle(a).textDecorationLine.includes('underline'))
        .map((a) => a.textContent),
  }));
  t.check(s.lang === 'zh-CN', `front page: html lang="${s.lang}"`);
  t.check(s.pages.length === expected && s.pages.every((u) => /\/episodes\/[a-z0-9-]+\.html$/.test(u)),
          `front page links ${s.pages.length} episode pages, expected ${expected}`);
  t.check(s.feed === `${siteUrl()}feed.xml`, `front page: RSS URL to copy "${s.feed}"`);
  t.check(s.nonUnderlined.length === 0, `links not underlined: ${s.nonUnderlined.join(' | ')}`);
  return s.pages;
}

// The Podcasting 2.0 JSON transcript of the episode: version, segments with numeric times,
// a string body, starts in order, every end inside the audio.
async function checkJsonTranscript(t, src) {
  const record = readRecord(src);
  const json = JSON.parse((await get(src.replace(/\.mp3$/, '.transcript.json'))).text);
  const segments = json.segments || [];
  let ordered = typeof json.version === 'string' && segments.length > 0;
  let previous = 0;
  for (const s of segments) {
    ordered &&= typeof s.startTime === 'number' && typeof s.endTime === 'number' &&
        typeof s.body === 'string' && s.startTime >= previous && s.endTime >= s.startTime &&
        s.endTime <= record.duration_seconds + 0.05;
    previous = s.startTime;
  }
  const words = record.cues.reduce((n, c) => n + (c.words?.length || 0), 0);
  t.check(ordered && segments.length >= words && words > 0,
          `JSON transcript: ${segments.length} segments (${words} timed words), in order, ` +
          `inside ${record.duration_seconds} s`);
}

// Seeking into a sentence marks it; Enter on a sentence seeks to it; the speed is kept.
async function checkReadAlong(t, page) {
  await page.waitForFunction(() => document.querySelector('audio').readyState >= 1);
  const marked = await page.evaluate(async () => {
    const audio = document.querySelector('audio');
    const sentences = [...document.querySelectorAll('.s[data-start]')];
    const target = sentences[Math.floor(sentences.length / 2)];
    const start = parseFloat(target.dataset.start), end = parseFloat(target.dataset.end);
    audio.currentTime = (start + end) / 2;
    await new Promise((resolve) => audio.addEventListener('seeked', resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = [...document.querySelectorAll('[aria-current="true"]')];
    return { count: current.length, same: current[0] === target,
             word: target.querySelectorAll('.w.now').length, text: target.textContent };
  });
  t.check(marked.count === 1 && marked.same && marked.word === 1,
          `currentTime inside "${marked.text}" marks exactly it aria-current="true" ` +
          `(${marked.count} marked, ${marked.word} word)`);
  const sentence = page.locator('.s[data-start]').nth(3);
  const start = Number(await sentence.getAttribute('data-start'));
  await sentence.focus();
  await sentence.press('Enter');
  const at = await page.waitForFunction((s) => {
    const a = document.querySelector('audio');
    return Math.abs(a.currentTime - s) <= 0.1 && a.currentTime;
  }, start).then((h) => h.jsonValue()).catch(() => NaN);
  t.check(Math.abs(at - start) <= 0.1, `Enter on a sentence at ${start} s: currentTime ${at}`);
  await page.evaluate(() => document.querySelector('audio').pause());
  await page.selectOption('#speed', '1.5');
  const rate = await page.evaluate(() => document.querySelector('audio').playbackRate);
  await page.reload({ waitUntil: 'load' });
  const kept = await page.evaluate(() => ({ rate: document.querySelector('audio').playbackRate,
                                            shown: document.querySelector('#speed').value }));
  t.check(rate === 1.5 && kept.rate === 1.5 && kept.shown === '1.5',
          `speed 1.5×: playbackRate ${rate}, after a reload ${kept.rate} (${kept.shown})`);
}

// A briefing's page: a heading per story in the transcript, each followed by its text.
async function checkBriefingPage(t, page) {
  const s = await page.evaluate(() => [...document.querySelectorAll('#transcript h3')].map((h) => {
    let text = '';
    for (let e = h.nextElementSibling; e && e.tagName === 'P'; e = e.nextElementSibling) text += e.textContent;
    return { title: h.textContent, chars: text.length };
  }));
  t.check(s.length >= 3 && s.every((story) => story.chars > 100),
          `briefing page: ${s.length} stories under their titles, text lengths ` +
          s.map((story) => story.chars).join(', '));
}

async function main() {
  const [expected, screenshot] = [Number(process.argv[2]), process.argv[3]];
  const t = new Tally();
  const profile = mkdtempSync(join(tmpdir(), 'briefcast-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: kChromium, headless: true, args: kArgs,
    viewport: { width: 1000, height: 800 }, timeout: 60000,
  });
  try {
    context.setDefaultTimeout(15000);
    const page = context.pages()[0] || (await context.newPage());
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(`${siteUrl()}index.html`, { waitUntil: 'load' });
    t.check(response.status() === 200, `GET index.html: ${response.status()}`);
    await checkAxe(t, page);
    const pages = await checkFrontPage(t, page, expected);
    await page.screenshot({ path: screenshot });
    for (const [i, url] of pages.entries()) {
      const answer = await page.goto(url, { waitUntil: 'load' });
      t.check(answer.status() === 200, `GET ${url}: ${answer.status()}`);
      await checkAxe(t, page);
      if (/-briefing-/.test(url)) await checkBriefingPage(t, page);
      if (i > 0) continue;
      const audios = await checkStructure(t, page, 1);
      await checkKeyboard(t, page);
      await checkFirstPlayer(t, page, audios[0].src);
      await checkSeek(t, page, 0, 'click');
      await checkSeek(t, page, 0, 'Enter');
      await checkJsonTranscript(t, audios[0].src);
      await checkReadAlong(t, page);
    }
    t.check(errors.length === 0, `no script errors: ${errors.join(' | ')}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return t.finish();
}

process.exitCode = await main().catch((error) => {
  console.log(`FAILED: ${error.stack}`);
  return 1;
});
