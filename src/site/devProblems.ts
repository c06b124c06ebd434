/**
 * `npm run dev`'s answer while a record is broken: every address gets a plain HTML page (no
 * JavaScript) with HTTP status 500 that lists the problems exactly as `npm run check` prints them.
 * It also serves the site's files (images, data, feeds) at their built addresses in `astro dev`.
 * src/middleware.ts hands every request to {@link onRequest}; a build never sees this page.
 */
import type { MiddlewareHandler } from 'astro';
import { formatIssue, type ContentIssue } from '../validation/recordFile';
import { escapeXml } from '../util/xml';
import { ContentError, contentProblems } from './content';

const STYLE = 'body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}'
  + 'li{margin:.5rem 0}code{font-size:.95rem;overflow-wrap:anywhere}';

/** The page: a title, the list, and what to do. */
export function problemsPage(issues: ContentIssue[]): string {
  const title = `${issues.length} problem${issues.length === 1 ? '' : 's'} in content/`;
  const items = issues.map((i) => `<li><code>${escapeXml(formatIssue(i))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>The site cannot be shown until the records are fixed. Each line gives the file, the line and column to go to, the field, and what is wrong:</p>
<ul>
${items}
</ul>
<p>Fix the lines listed above and save the file, then reload this page. <code>npm run check</code> prints the same list.</p>
</main>
</body>
</html>
`;
}

const answer = (issues: ContentIssue[]) =>
  new Response(problemsPage(issues), { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });

/** In `astro dev`, checks the records before each page is made, and answers with their problems if any. */
export const onRequest: MiddlewareHandler = async (context, next) => {
  if (!import.meta.env.DEV) return next();
  const issues = contentProblems();
  if (issues.length) return answer(issues);
  try {
    const response = await next();
    // The site's files (/images/map.png, /es/updates.xml) are built at these addresses, and the pages
    // link them so; `astro dev` finds a file made by a route with parameters only at the address
    // with the trailing slash `trailingSlash: 'always'` asks of pages, so it sends the browser there.
    const { pathname, search } = context.url;
    if (response.status === 404 && /\.[a-z0-9]+$/i.test(pathname)) return context.redirect(`${pathname}/${search}`, 307);
    return response;
  } catch (e) {
    // A record broken while the page was being made.
    if (e instanceof ContentError) return answer(e.issues);
    throw e;
  }
};
