import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings with ids, emphasis and links', () => {
    expect(renderMarkdown('## The policy\n\nSome **bold** [text](https://example.com).')).toBe(
      '<h2 id="the-policy">The policy</h2>\n<p>Some <strong>bold</strong> <a href="https://example.com">text</a>.</p>',
    );
  });
  it('removes scripts, event handlers and javascript: links from raw HTML', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(1)">\n\n[a](javascript:alert(1)) <a href="javascript:alert(1)">b</a>\n\n<iframe src="https://example.com"></iframe>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    expect(html).toContain('<img src="x.png">');
  });
  it('keeps harmless inline HTML', () => {
    expect(renderMarkdown('A <em>word</em> and <abbr title="Department of Homeland Security">DHS</abbr>.')).toBe(
      '<p>A <em>word</em> and <abbr title="Department of Homeland Security">DHS</abbr>.</p>',
    );
  });
  it('prefixes ids written in raw HTML so they cannot clash with the page', () => {
    expect(renderMarkdown('<span id="main">x</span>')).toBe('<p><span id="user-content-main">x</span></p>');
  });
});

describe('renderInlineMarkdown', () => {
  it('drops the wrapping paragraph', () => {
    expect(renderInlineMarkdown('Some *text*')).toBe('Some <em>text</em>');
  });
});
