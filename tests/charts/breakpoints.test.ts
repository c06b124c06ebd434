/**
 * Where a chart's code decides that a label shows from a width on (a class `from-<px>`), its CSS
 * must show it from that same width (`@container`): the two are written in different files, so a
 * change to one alone would hide labels, or show two forms of one, in some boxes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS } from '../../src/charts/mapLabels';
import { BREAKPOINTS } from '../../src/charts/timeline/layout';

const css = (chart: string) => readFileSync(resolve(import.meta.dirname, `../../src/charts/${chart}.css`), 'utf8');
const thresholds = (text: string) => [...text.matchAll(/@container[^{(]*\((?:width >=|min-width:) (\d+)px\)/g)].map((m) => Number(m[1]));

describe('container-query thresholds', () => {
  it('the map shows the names of each band from the band\'s width (BANDS in mapLabels.ts, map.css)', () => {
    expect(thresholds(css('map'))).toEqual(BANDS.slice(1));
    for (const band of BANDS.slice(1)) expect(css('map')).toMatch(new RegExp(`\\.from-${band}\\b`));
  });
  it('the timeline shows a label\'s richer form from each breakpoint (BREAKPOINTS in timeline/layout.ts, timeline.css)', () => {
    expect(thresholds(css('timeline'))).toEqual([...BREAKPOINTS]);
    for (const px of BREAKPOINTS) {
      expect(css('timeline')).toMatch(new RegExp(`\\.from-${px}\\b`));
      expect(css('timeline')).toMatch(new RegExp(`\\.until-${px}\\b`));
    }
  });
});
