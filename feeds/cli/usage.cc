#include "feeds/cli/usage.h"

namespace briefcast {

const char* const kUsage = R"(usage: briefcast COMMAND [OPTIONS]

Turns Chinese news articles into spoken Mandarin and publishes them as a podcast.

commands:
  publish [--site DIR] [--config FILE] ARTICLE...   one episode per article into DIR (public/)
  publish --briefing [--title T] [--date D] ARTICLE...  all articles in one episode, a
                                                     chapter each; one per date D (YYYY-MM-DD)
  publish --headlines [--title T] ARTICLE...        a short episode: rundown, titles, first
                                                     sentences (with --briefing: both episodes)
  speak [-o OUT.mp3|OUT.wav] [FILE|-|--text TEXT]  one-off synthesis (default: speech.mp3);
                                                     FILE or stdin (-) read as publish reads
                                                     articles; a lone TEXT that is no path
                                                     (no '/', no .ext) is spoken as text
  normalize                                          stdin lines -> spoken form in Hanzi
  pinyin                                             stdin lines -> the syllables eSpeak speaks
  check [--site DIR]                                 validates a published site
  check --repair [--site DIR] [--config FILE]       rebuilds a damaged site from its records

options for publish and speak:
  --config FILE     settings file (docs/configuration.md)
  --base-url URL    where the site is served (feed and enclosure URLs)
  --lexicon FILE    user pronunciation lexicon (docs/pinyin.md); pinyin takes it too
  --rate WPM        eSpeak speaking rate          --pitch 0-100    --volume 0-200
  --variant NAME    eSpeak voice variant (f2, m3, ...)
  --bitrate KBPS    MP3 bitrate (64 default, 96 recommended by Apple)
  --keep-wav        publish: also keep episodes/<id>.wav
  --jobs N          publish: worker processes making audio (default: one per core)
  --no-wait         publish: fail at once when another publish holds the site
  --sort date       publish: order the articles by publication date (default: as given)
  --quiet           publish: errors only (nothing at all on success)
  --verbose         publish: also each episode's stage timings
                    By default publish shows live progress on a terminal and otherwise
                    one line per episode as it finishes, then a summary line.

  An ARTICLE is a file (plain text, Markdown, HTML or an RSS/Atom feed, found from the
  content), a directory, a list file of paths and URLs, or an http(s):// URL of a page or a
  feed. Without ARTICLE, the config's `sources` are read.

  --help, --version on every command. Exit status: 0 ok, 1 bad input, 2 usage, 3 internal,
  4 some web sources failed (each named), the others published.
)";

}  // namespace briefcast
