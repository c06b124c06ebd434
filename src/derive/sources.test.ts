import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Source } from '../model/schema';
import { sourcesInOrder } from './sources';

const source = (id: string, date?: string, reported_in?: string): Source => ({
  id, title: id, publisher: 'P', kind: reported_in ? 'diplomatic-cable' : 'article', corrections: [], aliases: [],
  ...(date ? { date: parsePartialDate(date) } : {}), ...(reported_in ? { reported_in } : {}),
} as Source);

describe('sourcesInOrder', () => {
  it('lists published reporting first, then what it reports on, each by date (undated last), then by id', () => {
    const order = sourcesInOrder([
      source('cable-b', '2025-03', 'paper'), source('undated-cable', undefined, 'paper'), source('cable-a', '2025-03', 'paper'),
      source('paper', '2025-06-20'), source('early-cable', '2025-01-20', 'paper'),
    ]).map((s) => s.id);
    expect(order).toEqual(['paper', 'early-cable', 'cable-a', 'cable-b', 'undated-cable']);
  });
});
