import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderFigure } from '../../src/figures/render';
import { CHART_IDS, type ChartId } from '../../src/model/vocabulary';
import type { ChartState } from '../../src/model/chartState';
import { loadContent } from '../../src/validation/load';
import { CATALOGUES } from '../../src/words/messages';
import { storySteps } from '../../src/words/story';

/** The seed's records (tests/fixtures/seed/README.md). */
const content = loadContent(resolve(import.meta.dirname, '../fixtures/seed'));

/**
 * The English catalogue's words that a Spanish drawing must not show: each message without
 * placeholders, unless it is one word Spanish writes alike ("Cable"), and the words
 * between the placeholders of the others, where they are two words or more ("received deportees").
 */
const english = [...new Set(Object.entries(CATALOGUES.en).flatMap(([key, text]) => {
  if (CATALOGUES.es[key as keyof typeof CATALOGUES.es] === text && !text.includes(' ')) return [];
  return text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/).map((t) => t.replace(/[#:;,.()]/g, ' ').trim()).filter((t) => /\S+ \S+/.test(t) || t === text);
}))].filter((t) => t.length >= 4);

/**
 * The records' own words (event titles, country names), which are English until the records carry
 * their Spanish: a piece of text that is, or ends with, or is a line of one of them is theirs.
 */
const bare = (text: string) => text.replace(/\s+/g, '');
const recordWords = [...content.events.map((e) => e.title), ...content.countries.map((c) => c.name)].map(bare);
/** (A text's lines are its tspans, joined without the spaces between them.) */
const ofRecords = (piece: string) => recordWords.some((w) => w.includes(bare(piece)) || bare(piece).endsWith(w));

/** Every state the seed story shows each chart in, and the chart on its own. */
const states = new Map<ChartId, ChartState[]>(CHART_IDS.map((id) => [id, [{}]]));
for (const step of storySteps({ ...content, story: content.story! })) states.get(step.chart)!.push(step.state);

describe('the charts in Spanish', () => {
  for (const chart of CHART_IDS) {
    it(`${chart}: every word the chart writes is Spanish, in each state the story shows it`, () => {
      for (const state of states.get(chart)!) {
        const figure = renderFigure(chart, content, { id: 'es', state, locale: 'es' });
        const { document } = parseHTML(`<div>${figure.bands ? figure.bands.map((b) => b.svg).join('') : figure.wide}</div>`);
        // The drawing's own words, each piece of text as the reader meets it; then the words around it.
        const pieces = [...document.querySelectorAll('text, tspan, title, desc')].map((e) => e.textContent!.trim()).filter((p) => !ofRecords(p));
        const around = [figure.title, figure.takeaway, figure.description, figure.source, ...figure.table.columns, ...figure.table.rows.flatMap((r) => r.cells)].filter((p) => !ofRecords(p));
        const said = (t: string, p: string) => new RegExp(`(^|[^\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(p);
        const found = english.filter((t) => pieces.some((p) => p === t || (t.includes(' ') && said(t, p))) || around.some((a) => said(t, a)));
        expect(found, `${chart} ${JSON.stringify(state)}`).toEqual([]);
      }
    });
  }

  it('draws Spanish legends, group labels, axis and origin', () => {
    const text = (chart: ChartId, state: ChartState = {}) => {
      const figure = renderFigure(chart, content, { id: 'es', state, locale: 'es' });
      return parseHTML(`<div>${figure.bands?.[0].svg ?? figure.wide}</div>`).document.querySelector('svg')!.textContent!;
    };
    expect(text('status')).toContain('Recibió deportados (3)');
    expect(text('deportees')).toContain('De ellos, han vuelto a su país');
    // Words agree with the number: "1 recibido", "200 recibidos".
    expect(text('deportees')).toMatch(/\b1 recibido\b/);
    expect(text('deportees')).toContain('200 recibidos');
    expect(text('map')).toContain('Estados Unidos');
    expect(text('timeline')).toContain('Peticiones y conversaciones');
    // The month axis in Spanish short names, at every width: "ene 2025", "feb", "mar", "abr".
    const figure = renderFigure('timeline', content, { id: 'es', state: {}, locale: 'es' });
    const axis = [...parseHTML(`<div>${figure.wide}</div>`).document.querySelectorAll('.axis-labels text')].map((t) => t.textContent);
    expect(axis).toContain('abr');
    expect(axis).toContain('ene 2025');
    expect(axis.filter((t) => /Jan|Feb|Mar|Apr|May|Jun/.test(t!))).toEqual([]);
  });

  it('leaves the English drawing as it was: the same chart in English has none of the Spanish words', () => {
    const figure = renderFigure('status', content, { id: 'en', state: {} });
    expect(figure.wide).toContain('Received deportees (3)');
    expect(figure.wide).not.toContain('Recibió');
  });
});
