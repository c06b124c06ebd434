import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Country } from '../model/schema';
import type { TrackerRow } from '../derive/tracker';
import { searchable, sortValue, trackerColumns, trackerCount, trackerFigure, trackerFilters } from './tracker';

const row = (slug: string, status: Country['status'], region: Country['region'], figures: TrackerRow['figures'] = {}): TrackerRow => ({
  slug, name: slug, status, region, figures, sources: 2, country: {} as Country,
});

describe('the tracker words', () => {
  it('shows a vague figure with its qualifier and a missing one as not reported, never 0', () => {
    const r = row('a', 'agreed', 'europe', { pledged: { value: 50, unit: 'people', approx: true, qualifier: 'up to', as_of: parsePartialDate('2025-05'), sources: ['s'] } });
    expect(trackerFigure(r, 'pledged')).toBe('up to 50');
    expect(trackerFigure(r, 'received')).toBeNull();
    expect(sortValue(r, 'received')).toBeNull();
    expect(sortValue(r, 'pledged')).toBe('50');
  });

  it('sorts status by rank, dates by their first day, and leaves a country without events unsorted', () => {
    const r = { ...row('a', 'received', 'africa'), latest: { id: 'e', title: 'E', date: parsePartialDate('2025-06 late') } };
    expect(sortValue(r, 'status')).toBe('0');
    expect(Number(sortValue(row('b', 'declined', 'africa'), 'status'))).toBeGreaterThan(Number(sortValue(row('c', 'agreed', 'africa'), 'status')));
    expect(sortValue(r, 'latest')).toBe('2025-06-21 2025-06-30');
    expect(sortValue(row('c', 'agreed', 'africa'), 'latest')).toBeNull();
  });

  it('finds names without accents or capitals', () => {
    expect(searchable('São Tomé and Príncipe')).toBe('sao tome and principe');
    expect(searchable('Côte d’Ivoire').includes('cote')).toBe(true);
  });

  it('offers only the statuses and regions present, in the vocabulary order', () => {
    const f = trackerFilters([row('a', 'declined', 'europe'), row('b', 'received', 'africa'), row('c', 'received', 'europe')]);
    expect(f.statuses).toEqual([{ id: 'received', label: 'Received deportees' }, { id: 'declined', label: 'Declined' }]);
    expect(f.regions.map((r) => r.id)).toEqual(['europe', 'africa']);
  });

  it('names each column and what its directions mean', () => {
    const columns = trackerColumns();
    expect(columns.map((c) => c.id)).toEqual(['name', 'status', 'region', 'received', 'returned', 'pledged', 'latest', 'sources']);
    expect(columns.find((c) => c.id === 'received')).toMatchObject({ first: 'descending', descending: 'largest first' });
    expect(trackerCount(1234).some).toBe('{shown} of 1,234 countries');
    expect(trackerCount(25).first).toBe('All 25 countries, sorted by status, strongest commitment first.');
  });
});

describe('the tracker words in Spanish', () => {
  it('heads the columns, sorts and counts in Spanish, keeping the placeholders the page fills', () => {
    expect(trackerColumns('es').map((c) => c.label)).toEqual(['País', 'Situación', 'Región', 'Recibidos', 'Han vuelto', 'Compromiso', 'Último hecho', 'Fuentes']);
    const count = trackerCount(26, 'es');
    expect(count.some).toBe('{shown} de 26 países');
    expect(count.sorted).toBe('ordenados por {column}, {direction}');
    expect(count.first).toBe('Los 26 países, ordenados por situación, del compromiso más firme al más débil.');
    expect(trackerFilters([row('a', 'agreed', 'europe')], 'es')).toEqual({ statuses: [{ id: 'agreed', label: 'Aceptó' }], regions: [{ id: 'europe', label: 'Europa' }] });
  });
  it('keeps a vague figure\'s qualifier in Spanish', () => {
    const r = row('a', 'agreed', 'europe', { pledged: { value: 50, unit: 'people', approx: true, qualifier: 'up to', as_of: parsePartialDate('2025-05'), sources: ['s'] } });
    expect(trackerFigure(r, 'pledged', 'es')).toBe('hasta 50');
  });
});
