import { describe, expect, it } from 'vitest';
import { figureLabel, formatCount, formatQuantity, formatValue, notReported } from './format';

const fig = (value: number, extra: Partial<Parameters<typeof formatValue>[0]> = {}) => ({ value, unit: 'people' as const, approx: false, ...extra });

describe('formatValue', () => {
  it('writes exact numbers with thousands separators', () => {
    expect(formatValue(fig(107))).toBe('107');
    expect(formatValue(fig(1100))).toBe('1,100');
  });
  it('keeps the qualifier of a vague number, "about" by default', () => {
    expect(formatValue(fig(300, { approx: true }))).toBe('about 300');
    expect(formatValue(fig(50, { approx: true, qualifier: 'up to' }))).toBe('up to 50');
    expect(formatValue(fig(2_000_000, { approx: true, qualifier: 'nearly' }))).toBe('nearly 2,000,000');
  });
  it('writes money in dollars', () => {
    expect(formatValue(fig(100_000, { unit: 'usd' }))).toBe('$100,000');
  });
});

describe('formatQuantity', () => {
  it('adds the unit, singular for exactly one', () => {
    expect(formatQuantity(fig(200))).toBe('200 people');
    expect(formatQuantity(fig(1))).toBe('1 person');
    expect(formatQuantity(fig(6, { unit: 'meetings' }))).toBe('6 meetings');
    expect(formatQuantity(fig(100_000, { unit: 'usd' }))).toBe('$100,000');
  });
});

describe('figureLabel', () => {
  it('uses the fixed meaning of main figures and the label of others', () => {
    expect(figureLabel('returned', {})).toBe('Returned home');
    expect(figureLabel('from-kazakhstan', { label: 'people originally from Kazakhstan' })).toBe('People originally from Kazakhstan');
  });
});

describe('figures in Spanish', () => {
  it('keeps the qualifier, in words that agree with what is counted', () => {
    expect(formatValue(fig(300, { approx: true }), 'es')).toBe('unos 300');
    expect(formatValue(fig(50, { approx: true, qualifier: 'up to' }), 'es')).toBe('hasta 50');
    expect(formatQuantity(fig(300, { approx: true }), 'es')).toBe('unas 300 personas');
    expect(formatQuantity(fig(6, { unit: 'meetings' }), 'es')).toBe('6 reuniones');
    expect(formatQuantity(fig(6, { unit: 'meetings', approx: true }), 'es')).toBe('unas 6 reuniones');
    expect(formatQuantity(fig(1, { unit: 'families' }), 'es')).toBe('1 familia');
  });
  it('writes numbers and money as Spanish does, and an unknown figure as "sin datos"', () => {
    expect(formatCount(10_000, 'es')).toBe('10.000');
    expect(formatValue(fig(100_000, { unit: 'usd' }), 'es')).toBe('100.000 dólares');
    expect(notReported('es')).toBe('sin datos');
    expect(figureLabel('returned', {}, 'es')).toBe('Han vuelto a su país');
  });
});
