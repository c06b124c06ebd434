import { describe, expect, it } from 'vitest';
import { formatList } from './list';

describe('formatList', () => {
  it('joins as the story writes lists, with no comma before "and"', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['Kosovo'])).toBe('Kosovo');
    expect(formatList(['Kosovo', 'Peru'])).toBe('Kosovo and Peru');
    expect(formatList(['Kosovo', 'Peru', 'São Tomé and Príncipe'])).toBe('Kosovo, Peru and São Tomé and Príncipe');
  });
});
