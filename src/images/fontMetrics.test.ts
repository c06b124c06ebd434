import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontMetrics, wrapText } from './fontMetrics';

const font = (file: string) => fontMetrics(new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fonts', file))));

describe('fontMetrics', () => {
  const regular = font('SourceSans3-Regular.ttf');
  const bold = font('SourceSans3-Bold.ttf');
  it('measures text from the font’s own advance widths, in proportion to the size', () => {
    expect(regular.width('', 16)).toBe(0);
    expect(regular.width('MM', 20)).toBeCloseTo(2 * regular.width('M', 20), 6);
    expect(regular.width('Kosovo', 32)).toBeCloseTo(2 * regular.width('Kosovo', 16), 6);
    expect(regular.width('i', 16)).toBeLessThan(regular.width('W', 16));
    expect(bold.width('Panama', 16)).toBeGreaterThan(regular.width('Panama', 16));
    // Source Sans 3: "M" is 0.7-0.9 em; accented letters have their own widths.
    expect(regular.width('M', 100)).toBeGreaterThan(70);
    expect(regular.width('M', 100)).toBeLessThan(90);
    expect(regular.width('São Tomé', 16)).toBeGreaterThan(regular.width('Sao Tome', 16) - 0.01);
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks at spaces so that no line is wider than asked', () => {
    expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 1000, measure)).toEqual(['one two three four']);
  });
  it('ends the last line allowed with an ellipsis', () => {
    expect(wrapText('one two three four five', 90, measure, 2)).toEqual(['one two', 'three…']);
  });
  it('leaves a word longer than a line whole', () => {
    expect(wrapText('extraordinarily long', 50, measure)).toEqual(['extraordinarily', 'long']);
  });
});
