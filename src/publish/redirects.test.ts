import { describe, expect, it } from 'vitest';
import { redirectPage, redirectsFile } from './redirects';

describe('redirectPage', () => {
  it('sends the reader on in the language of the edition the old address was in', () => {
    const en = redirectPage('/countries/bet/', '/', 'https://news.example.org');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>This page has moved</title>');
    expect(en).toContain('<p>This page has moved: <a href="/countries/bet/">https://news.example.org/countries/bet/</a>.</p>');
    const es = redirectPage('/es/countries/bet/', '/graphics/', 'https://news.example.org', 'es');
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('<title>Esta página ha cambiado de dirección</title>');
    expect(es).toContain('<meta name="description" content="Esta página está ahora en https://news.example.org/graphics/es/countries/bet/">');
    expect(es).toContain('<meta http-equiv="refresh" content="0; url=/graphics/es/countries/bet/">');
    expect(es).toContain('<p>Esta página está ahora en <a href="/graphics/es/countries/bet/">https://news.example.org/graphics/es/countries/bet/</a>.</p>');
  });

  it('lists each old address once in _redirects, fragments left to the page', () => {
    expect(redirectsFile('/', [{ from: '/es/countries/beta/', to: '/es/countries/bet/' }, { from: '/es/#old', to: '/es/#new' }])).toBe('/es/countries/beta/ /es/countries/bet/ 301\n');
  });
});
