import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScripts } from './securityHeaders';

describe('inlineScripts', () => {
  it('finds inline scripts that would run, not files or data blocks', () => {
    const html = '<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>alert(1)</script><SCRIPT type="module">x()</SCRIPT>';
    expect(inlineScripts(html)).toEqual(['alert(1)', 'x()']);
  });
  it('counts any type it does not know as code, and reads the page as HTML, not as text', () => {
    const html = '<p title="<script>no()</script>">a</p><script type=" Text/JavaScript ; charset=utf-8">y()</script><script type="application/json">{}</script><!-- <script>z()</script> -->';
    expect(inlineScripts(html)).toEqual(['y()']);
  });
});

describe('headersFile', () => {
  it('lets only embeds be framed elsewhere, and allows no inline code', () => {
    const file = headersFile('/graphics/x/', ['countries', 'sources']);
    expect(contentSecurityPolicy('*')).not.toMatch(/unsafe-inline|sha256/);
    const rule = (path: string) => file.split('\n\n').find((block) => block.startsWith(`${path}\n`)) ?? '';
    expect(rule('/graphics/x/embed/*')).toContain('frame-ancestors *');
    expect(rule('/graphics/x/countries/*')).toContain("frame-ancestors 'self'");
    expect(rule('/graphics/x/_astro/*')).toContain('immutable');
    expect(rule('/graphics/x/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rule('/graphics/x/*')).not.toContain('Content-Security-Policy');
  });

  it('treats each language\'s edition as the English: its pages framed only by the site, its embeds by anyone', () => {
    const file = headersFile('/', ['countries'], { es: ['countries', 'sources'] });
    const rule = (path: string) => file.split('\n\n').find((block) => block.startsWith(`${path}\n`)) ?? '';
    expect(rule('/es/embed/*')).toContain('frame-ancestors *');
    expect(rule('/es/embed/*')).not.toContain('X-Frame-Options');
    for (const page of ['/es/', '/es/index.html', '/es/countries/*', '/es/sources/*']) expect(rule(page), page).toContain('X-Frame-Options: SAMEORIGIN');
    // No rule covers the whole edition, which would frame-protect its embeds too.
    expect(rule('/es/*')).toBe('');
  });
});
