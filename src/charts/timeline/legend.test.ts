import { describe, expect, it } from 'vitest';
import type { Mark, TimelineRows } from '../../derive/timeline';
import { message } from '../../words/messages';
import { FONT, spareWidth } from './layout';
import { placeLegend } from './legend';

const marks = [{ family: 'asks', point: true }, { family: 'yes', point: false }] as Mark[];

describe('placeLegend', () => {
  it('wraps a label too long for the layout width onto rows of its own, under its first words', () => {
    for (const locale of ['en', 'es'] as const) {
      const width = 150;
      const legend = placeLegend({} as TimelineRows, marks, width, locale);
      for (const row of legend.rows) for (const { item, x } of row) expect(x + item.width, `${locale}: ${item.label}`).toBeLessThanOrEqual(width);
      const range = legend.rows.findIndex((row) => row.some(({ item }) => item.kind === 'range'));
      const rest = legend.rows.slice(range + 1).map((row) => row[0].item);
      expect(rest.length, locale).toBeGreaterThan(0);
      expect(rest.every((it) => it.indent === 36 && it.cls === 'legend-item legend-precision')).toBe(true);
      const words = [legend.rows[range].find(({ item }) => item.kind === 'range')!.item.label, ...rest.map((it) => it.label)].join(' ');
      expect(words).toBe(message(locale, 'chart.timeline.rangeDay'));
    }
  });

  it('leaves a label that fits as it is, on one row', () => {
    const label = message('en', 'chart.timeline.rangeDay');
    const legend = placeLegend({} as TimelineRows, marks, 36 + spareWidth(label, FONT.legend) + 1, 'en');
    expect(legend.rows.flat().filter(({ item }) => item.indent !== undefined)).toEqual([]);
    expect(legend.rows.flat().find(({ item }) => item.kind === 'range')!.item.label).toBe(label);
  });
});
