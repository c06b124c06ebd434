/**
 * Inside an embed: applies ?theme=light|dark, and tells the host page its height in the pym.js
 * message format, so CMS plugins that host pym and our /embed.js both size the iframe. Works in a
 * sandboxed iframe: it only posts messages, it never reads the parent.
 */
const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const id = params.get('childId');
if (id && /^[\w-]{1,64}$/.test(id) && window.parent !== window) {
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx${height}`, '*');
  };
  send();
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
  document.fonts?.ready.then(send);
  new ResizeObserver(send).observe(document.body);
}
