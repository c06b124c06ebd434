/**
 * Hostile content for tests/hostile.test.ts, in the styles of the OWASP XSS filter-evasion cheat
 * sheet. Every payload tries to set the sentinel `window.__pwned` (or `top.__pwned`) to its own
 * id, or to navigate the page to `/?pwned=<id>`; none may succeed on any built page.
 *
 * Ids are words without digits, so that a payload placed in the story's prose is not refused by
 * the check as a number typed by hand.
 */

export interface Payload {
  /** Also the value the payload tries to give the sentinel. */
  id: string;
  /** The text as an editor would type it into a record. */
  text: string;
  /**
   * `html`: placed both in YAML text fields (must come out as visible text) and in Markdown
   * bodies (must be sanitised). `markdown`: Markdown syntax, placed in Markdown bodies only.
   */
  kind: 'html' | 'markdown';
}

const set = (id: string, target = 'window') => `${target}.__pwned='${id}'`;
/** `<script>top.__pwned='<id>'</script>`, base64-encoded for a data: URL. */
const b64Script = (id: string) => Buffer.from(`<script>${set(id, 'top')}</script>`).toString('base64');
/** Each character of `javascript:` as a decimal character reference, padded and without the semicolon. */
const longDecimal = [...'javascript:'].map((c) => `&#${String(c.charCodeAt(0)).padStart(7, '0')}`).join('');
/** Each character of `javascript:` as a hexadecimal character reference without the semicolon. */
const bareHex = [...'javascript:'].map((c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');

const html = (id: string, text: string): Payload => ({ id, text, kind: 'html' });
const md = (id: string, text: string): Payload => ({ id, text, kind: 'markdown' });

export const PAYLOADS: Payload[] = [
  // Script elements.
  html('script-tag', `<script>${set('script-tag')}</script>`),
  html('script-src-data', `<SCRIPT SRC="data:text/javascript,${set('script-src-data')}"></SCRIPT>`),
  html('script-slash', `<SCRIPT/XSS SRC="data:text/javascript,${set('script-slash', 'top')}"></SCRIPT>`),
  // Event handlers on elements the sanitiser allows or might allow.
  html('img-onerror', `<img src=x onerror="${set('img-onerror')}">`),
  html('img-case', `<IMG SRC=/ oNeRrOr=\`${set('img-case')}\`>`),
  html('img-src-js', `<IMG SRC="jav&#x09;ascript:${set('img-src-js')}">`),
  html('svg-onload', `<svg onload="${set('svg-onload')}">`),
  html('svg-script', `<svg><script>${set('svg-script')}</script></svg>`),
  html('svg-animate', `<svg><a><animate attributeName="href" values="javascript:${set('svg-animate')}"/><text x="20" y="20">click me</text></a></svg>`),
  html('body-onload', `<body onload="${set('body-onload')}">`),
  html('details-ontoggle', `<details open ontoggle="${set('details-ontoggle')}"><summary>More</summary>Hidden</details>`),
  html('input-autofocus', `<input autofocus onfocus="${set('input-autofocus')}">`),
  // Links with scripting schemes, plain and disguised.
  html('js-link', `<a href="javascript:${set('js-link')}">read more</a>`),
  html('js-link-entity', `<a href="&#106;avascript:${set('js-link-entity')}">read more</a>`),
  html('js-link-long', `<a href="${longDecimal}${set('js-link-long')}">read more</a>`),
  html('js-link-hex', `<a href="${bareHex}${set('js-link-hex')}">read more</a>`),
  html('js-link-tab', `<a href="jav\tascript:${set('js-link-tab')}">read more</a>`),
  html('js-link-newline', `<a href="java\nscript:${set('js-link-newline')}">read more</a> <a href="jav&#x0A;ascript:${set('js-link-newline')}">or here</a>`),
  html('js-link-upper', `<A HREF="JaVaScRiPt:${set('js-link-upper')}">READ MORE</A>`),
  html('js-link-space', `<a href=" &#14;  javascript:${set('js-link-space')}">read more</a>`),
  html('js-colon-entity', `<a href="javascript&colon;${set('js-colon-entity')}">read more</a>`),
  html('data-link', `<a href="data:text/html;base64,${b64Script('data-link')}">read more</a>`),
  html('vbscript', `<a href="vbscript:${set('vbscript')}">read more</a>`),
  // Frames and plugins.
  html('iframe-js', `<iframe src="javascript:${set('iframe-js', 'top')}"></iframe>`),
  html('iframe-srcdoc', `<iframe srcdoc="&lt;script&gt;${set('iframe-srcdoc', 'top')}&lt;/script&gt;"></iframe>`),
  html('object-data', `<object data="data:text/html;base64,${b64Script('object-data')}"></object>`),
  html('embed-src', `<embed src="javascript:${set('embed-src', 'top')}">`),
  // MathML tricks.
  html('math-href', `<math href="javascript:${set('math-href')}"><mtext>click the maths</mtext></math>`),
  html('math-mxss', `<math><mtext><table><mglyph><style><img src=x onerror="${set('math-mxss')}">`),
  // Breaking out of attributes, elements and inline JSON.
  html('attr-dq', `" onmouseover="${set('attr-dq')}" autofocus onfocus="${set('attr-dq')}" x="`),
  html('attr-sq', `'><script>${set('attr-sq')}</script>`),
  html('attr-both', `'"><img src=x onerror="${set('attr-both')}">`),
  html('attr-unquoted', `x onmouseover=${set('attr-unquoted')} autofocus onfocus=${set('attr-unquoted')}`),
  html('script-breakout', `</script><script>${set('script-breakout')}</script>`),
  html('script-breakout-upper', `</SCRIPT ><script>${set('script-breakout-upper')}</script >`),
  html('comment-script', `<!--<script>${set('comment-script')}</script>-->`),
  html('line-separators', `</script>\u2028<script>${set('line-separators')}</script>\u2029<!--`),
  html('title-breakout', `</title><script>${set('title-breakout')}</script>`),
  html('textarea-breakout', `</textarea><script>${set('textarea-breakout')}</script>`),
  html('style-breakout', `</style><script>${set('style-breakout')}</script>`),
  // Elements that change the whole document.
  html('style-import', `<style>@import url("javascript:${set('style-import')}");body{background:url("javascript:${set('style-import')}")}</style>`),
  html('base-href', `<base href="javascript:${set('base-href')}//">`),
  html('meta-refresh', `<meta http-equiv="refresh" content="0;url=/?pwned=meta-refresh">`),
  html('meta-refresh-js', `<meta http-equiv="refresh" content="0;url=javascript:${set('meta-refresh-js', 'top')}">`),
  html('form-action', `<form action="javascript:${set('form-action')}"><button type="submit" autofocus>Continue</button></form>`),
  html('formaction', `<form><button formaction="javascript:${set('formaction')}">Continue</button></form>`),
  // DOM clobbering: named elements would make window.__pwned defined.
  html('dom-clobber', `<img name="__pwned"><a id="__pwned">x</a><form name="__pwned"></form>`),
  // Markdown's own ways to make links and images.
  md('md-link', `[read more](javascript:${set('md-link')})`),
  md('md-link-entity', `[read more](&#106;avascript:${set('md-link-entity')})`),
  md('md-autolink', `<javascript:${set('md-autolink')}>`),
  md('md-image', `![a chart](javascript:${set('md-image')})`),
  md('md-ref', `[read more][evil]\n\n[evil]: JAVASCRIPT:${set('md-ref')}`),
  md('md-data-link', `[read more](data:text/html;base64,${b64Script('md-data-link')})`),
  md('md-link-title', `[read more](https://example.com "&quot;><script>${set('md-link-title')}</script>")`),
  md('md-code-span', `\`<script>${set('md-code-span')}</script>\``),
  md('md-escaped', `\\<img src=x onerror="${set('md-escaped')}">`),
];

export const payload = (id: string): Payload => {
  const p = PAYLOADS.find((x) => x.id === id);
  if (!p) throw new Error(`no payload "${id}"`);
  return p;
};

/** What readers must see, as text, where a Markdown payload was written. */
export const MARKDOWN_VISIBLE: Record<string, string> = {
  'md-code-span': `<script>${set('md-code-span')}</script>`,
  'md-escaped': `<img src=x onerror="${set('md-escaped')}">`,
};

/**
 * Source URLs the check refuses (a source's `url` must start with https://); they go in a
 * separate build that must fail without writing anything.
 */
export const REFUSED_URLS: Payload[] = [
  { id: 'url-js', text: `javascript:${set('url-js')}`, kind: 'html' },
  { id: 'url-js-upper', text: ` JaVaScRiPt:${set('url-js-upper')}`, kind: 'html' },
  { id: 'url-data', text: `data:text/html;base64,${b64Script('url-data')}`, kind: 'html' },
  { id: 'url-vbscript', text: `vbscript:${set('url-vbscript')}`, kind: 'html' },
];

/** A source URL the check accepts (it is https) that tries to leave its href attribute. */
export const URL_BREAKOUT = `https://example.com/report"><script>${set('url-breakout')}</script>`;

