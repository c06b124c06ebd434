import { describe, expect, it } from 'vitest';
import type { Source } from '../model/schema';
import { citations, countryRows, sortEvents } from './dataset';
import { country, event, figure } from '../../tests/helpers/records';

describe('countryRows', () => {
  it('sorts by name and leaves unknown figures empty, not zero', () => {
    const rows = countryRows([
      country('zed', 'Zed'),
      country('costa-rica', 'Costa Rica', { received: figure(200), returned: figure(107, '2025-06') }),
    ]);
    expect(rows.map((r) => r.slug)).toEqual(['costa-rica', 'zed']);
    expect(rows[0]).toMatchObject({ received: 200, received_approx: false, returned: 107, returned_as_of: '2025-06', pledged: null });
    expect(rows[1]).toMatchObject({ received: null, received_approx: null, returned: null, pledged: null });
  });
});

describe('sortEvents', () => {
  it('orders by the first day a date can mean, then by id', () => {
    const sorted = sortEvents([event('c', '2025-03-12'), event('b', '2025-03'), event('a', '2025-03'), event('d', '2025-01-20/2025-06')]);
    expect(sorted.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('citations', () => {
  it('indexes which countries, events and sources cite each source', () => {
    const c = country('x', 'X', { received: figure(1, '2025-02', { sources: ['memo'] }) });
    const sources: Source[] = [
      { id: 'a', title: 'A', publisher: 'P', kind: 'article', corrections: [], aliases: [] },
      { id: 'memo', title: 'M', publisher: 'P', kind: 'dhs-memo', reported_in: 'a', corrections: [], aliases: [] },
    ];
    const index = citations([c], [event('e1', '2025-02')], sources);
    expect(index.get('a')).toEqual({ countries: ['x'], events: ['e1'], sources: ['memo'] });
    expect(index.get('memo')).toEqual({ countries: ['x'], events: [], sources: [] });
  });
});
