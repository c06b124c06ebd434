import { describe, expect, it } from 'vitest';
import type { Source } from '../model/schema';
import { sourceLine } from './sourceLine';

const source = (id: string, kind: Source['kind'], publisher: string, reported_in?: string): Source => ({ id, kind, publisher, title: id, reported_in, corrections: [], aliases: [] });
const all = [
  source('nyt', 'article', 'The New York Times'),
  source('c1', 'diplomatic-cable', 'US State Department', 'nyt'),
  source('c2', 'diplomatic-cable', 'US State Department', 'nyt'),
  source('memo', 'dhs-memo', 'DHS', 'nyt'),
  source('own', 'report', 'Another Agency'),
];

describe('sourceLine', () => {
  it('names documents by kind and the outlet that reported them', () => {
    expect(sourceLine(['c1', 'c2', 'memo', 'nyt'], all)).toBe('Source: State Department cables and a DHS memo, via The New York Times');
  });
  it('lists sources published directly', () => {
    expect(sourceLine(['c1', 'own'], all)).toBe('Sources: A State Department cable, via The New York Times; Another Agency');
    expect(sourceLine(['nyt'], all)).toBe('Source: The New York Times');
  });
});

describe('sourceLine in Spanish', () => {
  it('names documents by kind, in number, and the outlet that reported them', () => {
    expect(sourceLine(['c1', 'c2', 'memo', 'nyt'], all, 'es')).toBe('Fuente: Cables del Departamento de Estado y un memorando del DHS, vía The New York Times');
    expect(sourceLine(['c1', 'own'], all, 'es')).toBe('Fuentes: Un cable del Departamento de Estado, vía The New York Times; Another Agency');
  });
});
