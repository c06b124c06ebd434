/** Small records for unit tests: builders with the fields every test leaves as they are. */
import { parsePartialDate } from '../../src/model/dates';
import type { mapRows } from '../../src/derive/map';
import type { Country, Event } from '../../src/model/schema';

/** A country figure of people, as of a month, with one source. */
export const figure = (value: number, as_of = '2025-02', extra = {}) =>
  ({ value, unit: 'people' as const, approx: false, as_of: parsePartialDate(as_of), sources: ['a'], ...extra });

/** A country with the given figures (none by default). */
export const country = (slug: string, name: string, figures: Country['figures'] = {}, status: Country['status'] = 'approached'): Country => ({
  slug, name, iso3: 'AAA', region: 'africa', status, figures, sources: ['a'], quotes: [], corrections: [], aliases: [], body: '',
});

/** A meeting on `date` involving `countries`. */
export const event = (id: string, date: string, countries: string[] = ['x']): Event => ({
  id, date: parsePartialDate(date), type: 'meeting', countries, title: `Title, "${id}"`, figures: [], quotes: [], sources: ['a'], corrections: [], aliases: [], body: 'x',
});

/** Five countries for the deportees chart: two with no number, one pledge, a small and a vague large receiver. */
export const deporteeCountries = [
  country('zeta', 'ZETA'),
  country('alpha', 'ALPHA'),
  country('pledger', 'PLEDGER', { pledged: figure(100) }, 'agreed'),
  country('small', 'SMALL', { received: figure(1) }, 'received'),
  country('big', 'BIG', { received: figure(300, '2025-02', { approx: true }), returned: figure(20) }, 'received'),
];

/** Countries as the map needs them, one of each situation the map handles. */
type MapCountry = Parameters<typeof mapRows>[0][number];
export const mapCountries = {
  kosovo: { slug: 'kosovo', name: 'Kosovo', iso3: 'XKX', region: 'europe', status: 'agreed' },
  sts: { slug: 'sao-tome-and-principe', name: 'São Tomé and Príncipe', iso3: 'STP', region: 'africa', status: 'approached' },
  eswatini: { slug: 'eswatini', name: 'Eswatini', iso3: 'SWZ', region: 'africa', status: 'approached' },
  rwanda: { slug: 'rwanda', name: 'Rwanda', iso3: 'RWA', region: 'africa', status: 'received' },
  togo: { slug: 'togo', name: 'Togo', iso3: 'TGO', region: 'africa', status: 'targeted' },
  peru: { slug: 'peru', name: 'Peru', iso3: 'PER', region: 'latin-america', status: 'considering' },
  angola: { slug: 'angola', name: 'Angola', iso3: 'AGO', region: 'africa', status: 'negotiating' },
  costaRica: { slug: 'costa-rica', name: 'Costa Rica', iso3: 'CRI', region: 'latin-america', status: 'received' },
} satisfies Record<string, MapCountry>;
