/**
 * The host script served as /embed.js, kept as a string so the build ships exactly these bytes
 * (unbundled, ES5, under 2 KB gzip; `npm run bench` prints its size).
 */
export const EMBED_SCRIPT = `/* Third-country deportations: sizes embedded charts. */
(function () {
  'use strict';
  if (window.__tcdEmbed) return;
  window.__tcdEmbed = true;
  var MIN = 80, MAX = 20000, NARROW = 600;
  var PATTERN = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxheightxPYMx(\\d{1,6})$/;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-tcd-embed]'));
  }

  function reserve(frame) {
    if (frame.getAttribute('data-tcd-sized')) return;
    var h = frame.getAttribute(window.innerWidth < NARROW ? 'data-height-narrow' : 'data-height-wide');
    if (h && /^\\d+$/.test(h)) frame.style.height = h + 'px';
  }

  function setup() {
    frames().forEach(function (frame) {
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.style.display = 'block';
      reserve(frame);
    });
  }

  window.addEventListener('message', function (event) {
    if (typeof event.data !== 'string') return;
    var match = PATTERN.exec(event.data);
    if (!match) return;
    var height = parseInt(match[2], 10);
    if (!(height >= MIN && height <= MAX)) return;
    frames().forEach(function (frame) {
      // Only the iframe that sent it, and only for its own id: no other window can resize it.
      if (frame.contentWindow !== event.source || frame.getAttribute('data-tcd-embed') !== match[1]) return;
      frame.setAttribute('data-tcd-sized', '1');
      frame.style.height = height + 'px';
    });
  });

  window.addEventListener('resize', function () { frames().forEach(reserve); });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  setup();
})();
`;
