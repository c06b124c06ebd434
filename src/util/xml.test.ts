import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it('escapes the five XML specials, so text is safe in content and in either kind of quoted attribute', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
  it('drops characters XML 1.0 forbids, and lone surrogates, but keeps pairs', () => {
    expect(escapeXml('a\u0000b\u000Bc\uD800d😀')).toBe('abcd😀');
  });
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;');
    expect(escapeXml('a\x00b\x1Fc\td\ne\uFFFEf\uD800g')).toBe('abc\td\nefg');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
});
