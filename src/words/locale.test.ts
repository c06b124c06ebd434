import { describe, expect, it } from 'vitest';
import { editionOf, editionPrefix } from './locale';

describe('editionOf', () => {
  it('reads the edition a site path is in, and the same page in English', () => {
    expect(editionOf('/es/countries/kosovo/')).toEqual({ locale: 'es', rest: '/countries/kosovo/' });
    expect(editionOf('/es/')).toEqual({ locale: 'es', rest: '/' });
    expect(editionOf('/es')).toEqual({ locale: 'es', rest: '/' });
    expect(editionOf('/countries/kosovo/')).toEqual({ locale: 'en', rest: '/countries/kosovo/' });
    // A page whose path only begins with a language's letters is English.
    expect(editionOf('/estonia/')).toEqual({ locale: 'en', rest: '/estonia/' });
  });

  it('is the inverse of the edition prefix', () => {
    for (const locale of ['en', 'es'] as const) expect(editionOf(`/${editionPrefix(locale)}sources/`)).toEqual({ locale, rest: '/sources/' });
  });
});
