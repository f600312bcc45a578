// Podcasting 2.0 parsers against the served feed: podcast-partytime (the Podcast Index's
// parser) and feedsmith, then the transcripts and chapters they point at, fetched over HTTP.
//
// usage (through serve_site.sh): node podcast_clients.mjs EXPECTED_EPISODES
import { createHash } from 'node:crypto';

import { Tally, get, headLength, readRecord, requirePackages, siteUrl } from './check.mjs';

requirePackages(['podcast-partytime', 'feedsmith']);
const partytime = (await import('podcast-partytime')).default;
const feedsmith = await import('feedsmith');

const kPodcastGuidNamespace = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

// RFC 4122 name-based UUID, version 5 (SHA-1).
function uuidV5(namespace, name) {
  const hash = createHash('sha1')
                   .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
                   .update(name, 'utf8')
                   .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)]
      .join('-');
}

// "00:01:02.345" or "00:01:02,345" -> seconds; NaN when malformed.
function cueTime(text) {
  const m = /^(\d{2,}):(\d{2}):(\d{2})[.,](\d{3})$/.exec(text);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000 : NaN;
}

// Cues of a WebVTT or SRT file as [{start, end, text}]; throws on a malformed block.
function parseCues(text, srt) {
  const blocks = text.replace(/\r\n/g, '\n').trim().split(/\n{2,}/);
  if (!srt && blocks.shift().split('\n')[0] !== 'WEBVTT') throw new Error('no WEBVTT header');
  return blocks.map((block, index) => {
    const lines = block.split('\n');
    if (srt && lines.shift() !== String(index + 1)) throw new Error(`cue ${index + 1}: bad number`);
    const sep = srt ? ',' : '.';
    const m = new RegExp(`^(\\S+${sep}\\d{3}) --> (\\S+${sep}\\d{3})$`).exec(lines.shift() || '');
    if (!m) throw new Error(`cue ${index + 1}: bad timing line`);
    return { start: cueTime(m[1]), end: cueTime(m[2]), text: lines.join('\n') };
  });
}

async function checkCues(t, url, srt, record) {
  const file = await get(url);
  const type = srt ? 'application/x-subrip' : 'text/vtt';
  t.check(file.status === 200 && file.type === type, `${url}: 200 ${type}, got ${file.status} ${file.type}`);
  let cues = [];
  try {
    cues = parseCues(file.text, srt);
  } catch (error) {
    t.check(false, `${url}: parses (${error.message})`);
    return [];
  }
  // A long timeline segment may become several cues; the words are the same. A line may
  // break where the text has a space (between two phrases of a title).
  const words = (list) => list.map((text) => text.replace(/\s+/g, '')).join('');
  t.check(cues.length > 0 && cues.length >= record.cues.length,
          `${url}: ${cues.length} cues, the record has ${record.cues.length} segments`);
  t.check(words(cues.map((c) => c.text)) === words(record.cues.map((c) => c.text)),
          `${url}: the cues' text is the episode record's text`);
  const ordered = cues.every((c, i) => c.start < c.end && c.text.trim() !== '' &&
                                       (i === 0 || c.start >= cues[i - 1].end));
  t.check(ordered, `${url}: cues are non-empty, in order and do not overlap`);
  const last = cues.at(-1);
  t.check(last && last.end <= record.duration_seconds + 0.01,
          `${url}: last cue ends at ${last?.end} within the audio (${record.duration_seconds} s)`);
  return cues;
}

async function checkChapters(t, url, record) {
  const file = await get(url);
  t.check(file.status === 200, `${url}: status ${file.status}`);
  let json = null;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    t.check(false, `${url}: JSON parses (${error.message})`);
    return;
  }
  t.check(json.version === '1.2.0', `${url}: version "${json.version}", expected "1.2.0"`);
  const chapters = Array.isArray(json.chapters) ? json.chapters : [];
  t.check(chapters.length > 0 && chapters.length === record.chapters.length,
          `${url}: ${chapters.length} chapters, the record has ${record.chapters.length}`);
  const sane = chapters.every((c, i) => typeof c.title === 'string' && c.title !== '' &&
      typeof c.startTime === 'number' && c.startTime < record.duration_seconds &&
      (i === 0 ? c.startTime === 0 : c.startTime > chapters[i - 1].startTime));
  t.check(sane, `${url}: chapters start at 0, rise, end before the audio, have titles`);
  const same = chapters.every((c, i) => record.chapters[i] &&
      Math.abs(c.startTime - record.chapters[i].start_seconds) < 0.01 &&
      c.title === record.chapters[i].title);
  t.check(same, `${url}: chapters equal the episode record's`);
}

function checkChannel(t, pt, fs, feedUrl) {
  const expectedGuid = uuidV5(kPodcastGuidNamespace, feedUrl.replace(/^[a-z]+:\/\//, '').replace(/\/+$/, ''));
  t.check(pt.guid === expectedGuid && fs.podcast?.guid === expectedGuid,
          `podcast:guid partytime ${pt.guid}, feedsmith ${fs.podcast?.guid}, UUIDv5 of the feed URL ${expectedGuid}`);
  t.check(pt.title && pt.title === fs.title, `channel title "${pt.title}" / "${fs.title}"`);
  t.check(pt.language === 'zh-cn', `language ${pt.language}`);
  t.check(pt.pubsub?.self === feedUrl, `atom:link self ${pt.pubsub?.self}, expected ${feedUrl}`);
  t.check(pt.itunesImage?.startsWith(siteUrl()) && fs.itunes?.image === pt.itunesImage,
          `itunes:image ${pt.itunesImage} under ${siteUrl()}`);
  t.check(pt.itunesCategory?.length > 0 && fs.itunes?.categories?.[0]?.text,
          `itunes:category ${JSON.stringify(pt.itunesCategory)}`);
  t.check(pt.explicit === false && fs.itunes?.explicit === false, 'itunes:explicit false');
  t.check(Boolean(pt.author) && pt.author === fs.itunes?.author, `itunes:author "${pt.author}"`);
  t.check(Boolean(pt.owner?.name && pt.owner?.email) && fs.itunes?.owner?.email === pt.owner.email,
          `itunes:owner ${JSON.stringify(pt.owner)}`);
  t.check(pt.itunesType === 'episodic' && fs.itunes?.type === 'episodic', `itunes:type ${pt.itunesType}`);
  t.check(fs.podcast?.locked !== undefined && pt.locked !== undefined, 'podcast:locked present');
  t.check(['transcript', 'chapters', 'locked'].every((tag) => pt.pc20support?.[1]?.includes(tag)) &&
          pt.pc20support?.[3]?.includes('guid'),
          `partytime sees transcript, chapters, locked and guid: ${JSON.stringify(pt.pc20support)}`);
}

async function checkItem(t, pt, fs) {
  const url = pt.enclosure?.url || '';
  const stem = url.replace(/\.mp3$/, '');
  const record = readRecord(url);
  const name = record.id;
  const fsEnclosure = fs.enclosures?.[0] || {};
  t.check(url.startsWith(siteUrl()) && url.endsWith('.mp3') && fsEnclosure.url === url,
          `${name}: enclosure url ${url} (feedsmith ${fsEnclosure.url})`);
  t.check(pt.enclosure.type === 'audio/mpeg' && fsEnclosure.type === 'audio/mpeg',
          `${name}: enclosure type ${pt.enclosure.type}`);
  const served = await headLength(url);
  t.check(pt.enclosure.length === served && fsEnclosure.length === served,
          `${name}: enclosure length ${pt.enclosure.length} (feedsmith ${fsEnclosure.length}) == HEAD ${served}`);
  t.check(Number.isInteger(pt.duration) && fs.itunes?.duration === pt.duration &&
          Math.abs(pt.duration - record.duration_seconds) <= 1,
          `${name}: itunes:duration ${pt.duration} whole seconds of ${record.duration_seconds}`);
  t.check(pt.guid === record.guid && fs.guid?.value === record.guid && fs.guid?.isPermaLink === false,
          `${name}: guid ${pt.guid} isPermaLink=false, record ${record.guid}`);
  t.check(pt.itunesEpisodeType === 'full' && fs.itunes?.episodeType === 'full', `${name}: episodeType`);
  t.check(Boolean(pt.title) && pt.title === record.title, `${name}: title "${pt.title}"`);

  const vtt = (pt.podcastTranscripts || []).find((x) => x.type === 'text/vtt');
  const srt = (pt.podcastTranscripts || []).find((x) => x.type === 'application/srt');
  const fsTypes = (fs.podcast?.transcripts || []).map((x) => `${x.type}${x.rel ? `/${x.rel}` : ''}`);
  t.check(vtt?.rel === 'captions' && vtt.url === `${stem}.vtt`, `${name}: partytime sees the VTT as captions`);
  t.check(srt?.url === `${stem}.srt`, `${name}: partytime sees the SRT transcript`);
  t.check(fsTypes.includes('text/vtt/captions') && fsTypes.includes('application/x-subrip'),
          `${name}: feedsmith sees transcripts ${fsTypes.join(' ')}`);
  const chapters = pt.podcastChapters;
  t.check(chapters?.type === 'application/json+chapters' && chapters.url === `${stem}.chapters.json` &&
          fs.podcast?.chapters?.url === chapters.url,
          `${name}: podcast:chapters ${JSON.stringify(chapters)}`);

  const vttCues = await checkCues(t, `${stem}.vtt`, false, record);
  const srtCues = await checkCues(t, `${stem}.srt`, true, record);
  t.check(vttCues.length === srtCues.length && vttCues.every((c, i) =>
      c.start === srtCues[i].start && c.end === srtCues[i].end && c.text === srtCues[i].text),
          `${name}: VTT and SRT carry the same cues`);
  await checkChapters(t, `${stem}.chapters.json`, record);
}

async function main() {
  const expected = Number(process.argv[2]);
  const t = new Tally();
  const feedUrl = `${siteUrl()}feed.xml`;
  const feed = await get(feedUrl);
  t.check(feed.status === 200 && feed.type === 'application/rss+xml',
          `GET ${feedUrl}: ${feed.status} ${feed.type}`);
  const pt = partytime.parseFeed(feed.text);
  const fs = feedsmith.parseFeed(feed.text);
  if (!t.check(pt && fs?.format === 'rss', `both parsers read the feed (feedsmith: ${fs?.format})`)) {
    return t.finish();
  }
  checkChannel(t, pt, fs.feed, feedUrl);
  const ptItems = pt.items || [];
  const fsItems = fs.feed.items || [];
  t.check(ptItems.length === expected && fsItems.length === expected,
          `items: partytime ${ptItems.length}, feedsmith ${fsItems.length}, expected ${expected}`);
  const guids = new Set(ptItems.map((item) => item.guid));
  t.check(guids.size === ptItems.length, 'no guid is repeated');
  const dates = ptItems.map((item) => item.pubDate.getTime());
  t.check(dates.every((d, i) => i === 0 || d <= dates[i - 1]), 'items are newest first');
  for (let i = 0; i < Math.min(ptItems.length, fsItems.length); ++i) {
    await checkItem(t, ptItems[i], fsItems[i]);
  }
  return t.finish();
}

process.exitCode = await main().catch((error) => {
  console.log(`FAILED: ${error.stack}`);
  return 1;
});
