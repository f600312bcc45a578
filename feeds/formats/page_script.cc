#include "feeds/formats/page_parts.h"

namespace briefcast {
namespace {

// Progressive enhancement: without it every page is complete (the transcript is text, the
// chapter links open the audio at their time). With it: chapter links and sentences seek
// the player; one player plays at a time; on an episode page (an <audio data-read-along>)
// the sentence being heard gets aria-current="true" and its word the class "now", the
// view follows unless the reader scrolled away ("back to current" brings it back), the
// speed is remembered, and the keys the page lists work. The time display is updated
// quietly (no live region): a screen reader reads it when asked.
constexpr const char* kScript = R"JS(
(function () {
  function seekTo(audio, time, play) {
    var go = function () {
      audio.currentTime = time;
      if (play) { var p = audio.play(); if (p) p.catch(function () {}); }
    };
    if (audio.readyState >= 1) { go(); return; }
    audio.addEventListener('loadedmetadata', go, {once: true});
    audio.preload = 'metadata';
    audio.load();
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-seek]');
    if (!link) return;
    var audio = document.getElementById(link.getAttribute('data-player'));
    if (!audio) return;
    event.preventDefault();
    seekTo(audio, parseFloat(link.getAttribute('data-seek')), true);
  });
  document.addEventListener('play', function (event) {
    document.querySelectorAll('audio').forEach(function (other) {
      if (other !== event.target) other.pause();
    });
  }, true);

  var audio = document.querySelector('audio[data-read-along]');
  if (!audio) return;
  var sentences = Array.prototype.slice.call(document.querySelectorAll('.s[data-start]'));
  var starts = sentences.map(function (s) { return parseFloat(s.getAttribute('data-start')); });
  var chapters = Array.prototype.slice.call(document.querySelectorAll('a[data-seek]'))
      .map(function (a) { return parseFloat(a.getAttribute('data-seek')); });
  var clock = document.getElementById('clock');
  var back = document.getElementById('back');
  var speed = document.getElementById('speed');
  var reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  var current = null, word = null, following = true, ownScroll = 0;
  document.getElementById('read-along').hidden = false;

  function indexAt(list, time) {  // the last entry <= time, or -1
    var lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] <= time + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  function label(t) {
    t = Math.max(0, Math.floor(t));
    var m = Math.floor(t / 60), s = t % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }
  function follow(element) {
    if (!following || !element) return;
    var box = element.getBoundingClientRect();
    if (box.top >= 80 && box.bottom <= window.innerHeight - 80) return;
    ownScroll = Date.now();
    element.scrollIntoView({block: 'center', behavior: reduced.matches ? 'auto' : 'smooth'});
  }
  function mark() {
    var time = audio.currentTime;
    var i = indexAt(starts, time);
    var sentence = i >= 0 && time < parseFloat(sentences[i].getAttribute('data-end')) + 0.4
        ? sentences[i] : null;
    if (sentence !== current) {
      if (current) current.removeAttribute('aria-current');
      if (sentence) sentence.setAttribute('aria-current', 'true');
      current = sentence;
      follow(sentence);
    }
    var now = null;
    if (sentence) {
      var words = sentence.querySelectorAll('.w');
      var times = Array.prototype.map.call(words, function (w) {
        return parseFloat(w.getAttribute('data-start'));
      });
      var k = indexAt(times, time);
      if (k >= 0) now = words[k];
    }
    if (now !== word) {
      if (word) word.classList.remove('now');
      if (now) now.classList.add('now');
      word = now;
    }
    clock.textContent = label(time) + ' / ' + label(audio.duration || 0);
  }
  audio.addEventListener('timeupdate', mark);
  audio.addEventListener('seeked', mark);
  (function tick() {
    if (!audio.paused) mark();
    window.requestAnimationFrame(tick);
  })();
  function userScrolled() {
    if (Date.now() - ownScroll < 1000 || audio.paused) return;
    following = false;
    back.hidden = false;
  }
  window.addEventListener('wheel', userScrolled, {passive: true});
  window.addEventListener('touchmove', userScrolled, {passive: true});
  back.addEventListener('click', function () {
    following = true;
    back.hidden = true;
    follow(current);
    if (current) current.focus({preventScroll: true});
  });
  function seekSentence(s) { seekTo(audio, parseFloat(s.getAttribute('data-start')), true); }
  sentences.forEach(function (s) {
    s.addEventListener('click', function () { seekSentence(s); });
    s.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); seekSentence(s); }
    });
  });
  var kRate = 'briefcast-playback-rate';
  var stored = null;
  try { stored = window.localStorage.getItem(kRate); } catch (e) {}
  if (stored && speed.querySelector('option[value="' + stored + '"]')) speed.value = stored;
  audio.playbackRate = parseFloat(speed.value);
  audio.addEventListener('loadedmetadata', function () {
    audio.playbackRate = parseFloat(speed.value);
  });
  speed.addEventListener('change', function () {
    audio.playbackRate = parseFloat(speed.value);
    try { window.localStorage.setItem(kRate, speed.value); } catch (e) {}
  });
  function jump(list, direction) {
    var i = indexAt(list, audio.currentTime);
    var next = direction > 0 ? i + 1 : (i > 0 && audio.currentTime - list[i] < 1.5 ? i - 1 : i);
    if (next >= 0 && next < list.length) seekTo(audio, list[next], !audio.paused);
  }
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.closest && target.closest('input, select, textarea, audio, button')) return;
    var key = event.key, done = true;
    if (key === 'k') {
      if (audio.paused) { var p = audio.play(); if (p) p.catch(function () {}); } else audio.pause();
    } else if (key === 'j') seekTo(audio, Math.max(0, audio.currentTime - 5), !audio.paused);
    else if (key === 'l') seekTo(audio, audio.currentTime + 5, !audio.paused);
    else if (key === 'n') jump(starts, 1);
    else if (key === 'p') jump(starts, -1);
    else if (key === 'N') jump(chapters, 1);
    else if (key === 'P') jump(chapters, -1);
    else done = false;
    if (done) event.preventDefault();
  });
  mark();
})();
)JS";

}  // namespace

const char* PageScript() { return kScript; }

}  // namespace briefcast
