import { describe, expect, it } from 'vitest';
import { EVENT_FAMILIES, timelineMonthCounts, timelineRows, DENSE_LINES, DENSE_MONTH } from '../derive/timeline';
import { burst, countries, country, event, events, period, rows } from '../../tests/helpers/timelineRecords';
import { describeTimeline, familyLabel, monthLabel, timelineTable, timelineTitle } from './timeline';

describe('monthLabel', () => {
  it('names each month the timeline counts by, with its year', () => {
    expect(timelineMonthCounts(rows({ from: '2025-03-15', to: '2025-04-30' })).months.map((m) => monthLabel(m.start))).toEqual(['March 2025', 'April 2025']);
  });
});

describe('familyLabel', () => {
  it('names every family, each differently', () => {
    const labels = (Object.keys(EVENT_FAMILIES) as (keyof typeof EVENT_FAMILIES)[]).map((f) => familyLabel(f));
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(Object.keys(EVENT_FAMILIES).length);
  });
});

describe('describeTimeline', () => {
  it('states the count, the countries, the span, the precision and the busiest lane', () => {
    expect(describeTimeline(rows())).toBe(
      'The timeline shows 6 events involving 5 countries and 1 key date in US politics, from 1 January to 30 June 2025; '
      + '2 are dated to the day, the others only to a month, part of a month or a range. '
      + 'Angola, Benin and Kosovo have the most events, 2 each.',
    );
  });

  it('names a single busiest lane', () => {
    const r = rows({ types: ['cable', 'statement'] });
    expect(describeTimeline(r)).toMatch(/ Benin has the most events, 2\.$/);
  });

  it('says when nothing is shown', () => {
    expect(describeTimeline(rows({ types: ['payment'] }))).toBe('The timeline shows no events for this selection.');
  });
});

describe('describeTimeline, many countries', () => {
  const wide = [...Array.from({ length: 5 }, (_, i) => country(`c${i}`, `C${i}`))];
  const lanesOf = (n: number[]) => n.flatMap((k, i) => burst(k, `c${i}`, '2025-03'));

  it('counts the busiest lanes past three names, and says when all tie', () => {
    expect(describeTimeline(timelineRows(lanesOf([2, 2, 2, 2, 1]), wide, {}, period))).toMatch(/ 4 countries have the most events, 2 each\.$/);
    expect(describeTimeline(timelineRows(lanesOf([2, 2, 2, 2, 2]), wide, {}, period))).toMatch(/ All 5 countries have 2 events each\.$/);
    expect(describeTimeline(timelineRows(lanesOf([2, 2, 2, 1, 1]), wide, {}, period))).toMatch(/ C0, C1 and C2 have the most events, 2 each\.$/);
  });

  it('says when the events are counted by country and month', () => {
    const r = timelineRows(lanesOf([DENSE_MONTH + 1, 1]), wide, {}, period);
    expect(describeTimeline(r)).toMatch(/ C0 has the most events, 6\. Too many to draw one by one, the events are counted by country and month\.$/);
  });
});

describe('timelineTitle', () => {
  const title = (slug: string, name: string, r = rows({ country: slug })) => timelineTitle(name, r);

  it("names the overview's chart", () => {
    expect(timelineTitle(undefined, rows())).toBe('How each negotiation unfolded');
  });

  it('calls a country\'s events "the negotiation" when one asks, talks, answers or refuses', () => {
    expect(title('kosovo', 'Kosovo')).toBe('Kosovo: the negotiation, event by event');
    // A talks event beside a cable that only names the country.
    expect(title('angola', 'Angola')).toBe('Angola: the negotiation, event by event');
    const refusal = [country('mali', 'Mali', 'declined')];
    expect(title('mali', 'Mali', timelineRows([event('mali-no', '2025-04', 'refusal', ['mali'])], refusal, { country: 'mali' }, period))).toBe('Mali: the negotiation, event by event');
  });

  it('calls them "deportations" when there is no negotiation and people are moved or held', () => {
    const panama = [country('panama', 'Panama', 'received')];
    const moved = [
      event('inauguration', '2025-01-20', 'milestone', [], 'Inauguration'),
      event('panama-takes', '2025-02', 'transfer', ['panama']),
      event('panama-hotel', '2025-02', 'detention', ['panama']),
      event('panama-lawsuit', '2025-02', 'lawsuit', ['panama']),
    ];
    expect(title('panama', 'Panama', timelineRows(moved, panama, { country: 'panama' }, period))).toBe('Panama: deportations, event by event');
  });

  it('says only "what the reporting records" when there are only documents, statements, lawsuits or payments', () => {
    expect(title('peru', 'Peru')).toBe('Peru: what the reporting records, event by event');
    expect(title('benin', 'Benin')).toBe('Benin: what the reporting records, event by event');
    // The milestones drawn across the lane are not the country's events.
    expect(title('chad', 'Chad')).toBe('Chad: what the reporting records, event by event');
  });

  it('says month by month when the chart counts events by month', () => {
    // One lane counts by month past DENSE_LINES events.
    const many = [...burst(DENSE_LINES / 2 + 1, 'peru', '2025-04', 'peru-april'), ...burst(DENSE_LINES / 2, 'peru', '2025-05', 'peru-may')];
    const r = timelineRows([...events, ...many], countries, { country: 'peru' }, period);
    expect(title('peru', 'Peru', r)).toBe('Peru: the negotiation, month by month');
  });
});

describe('timelineTable', () => {
  it('lists each event once, in date order, in words', () => {
    const t = timelineTable(rows());
    expect(t.columns).toEqual(['Date', 'Country', 'Type', 'Event']);
    expect(t.rows.map((r) => r.key)).toEqual([
      'peru-cable', 'inauguration', 'benin-span', 'kosovo-pressing', 'cable-targets', 'angola-late', 'kosovo-answer',
    ]);
    expect(t.rows[1].cells).toEqual(['20 January 2025', '—', 'Milestone', 'Inauguration']);
    expect(t.rows[4].cells).toEqual(['12 March 2025', 'Chad, Benin, Angola', 'Cable', 'Cable names targets']);
    expect(t.rows[5].cells[0]).toBe('late March 2025');
  });
});

describe('timelineTable, dense', () => {
  it('lists one row per country, keyed by its slug, with its count and its first and latest dates', () => {
    const r = timelineRows([...events, ...burst(DENSE_MONTH + 1, 'peru', '2025-04')], countries, {}, period);
    const t = timelineTable(r);
    expect(t.keys).toBe('countries');
    expect(t.columns).toEqual(['Country', 'Events', 'First', 'Latest']);
    expect(t.numeric).toEqual([false, true, false, false]);
    expect(t.rows.map((row) => row.key)).toEqual(['peru', 'benin', 'kosovo', 'angola', 'chad']);
    expect(t.rows[0].cells).toEqual(['Peru', '7', 'January 2025', '5 April 2025']);
    expect(t.rows[1].cells).toEqual(['Benin', '2', 'between February and June 2025', '12 March 2025']);
  });

  it('lists events, as before, when the chart draws them one by one', () => {
    expect(timelineTable(rows()).keys).toBeUndefined();
  });
});

describe('the timeline in Spanish', () => {
  it('states the count, the countries, the span, the precision and the busiest lanes', () => {
    expect(describeTimeline(rows(), 'es')).toBe(
      'La cronología muestra 6 hechos de 5 países y 1 fecha clave de la política estadounidense, del 1 de enero al 30 de junio de 2025; '
      + '2 tienen fecha exacta; los demás, solo un mes, parte de un mes o un intervalo. '
      + 'Angola, Benin y Kosovo son los países con más hechos: 2 cada uno.',
    );
  });
  it("titles a country's chart by what its events are about", () => {
    expect(timelineTitle(undefined, rows(), 'es')).toBe('Cómo se desarrolló cada negociación');
    expect(timelineTitle('Kosovo', rows({ countries: ['kosovo'] }), 'es')).toBe('Kosovo: la negociación, hecho a hecho');
  });
  it('heads its table and names event types in Spanish, with Spanish dates', () => {
    const table = timelineTable(rows(), 'es');
    expect(table.columns).toEqual(['Fecha', 'País', 'Tipo', 'Hecho']);
    expect(table.rows.every((r) => !/January|February|March|April|May|June/.test(r.cells[0]))).toBe(true);
    expect(familyLabel('asks', 'es')).toBe('Peticiones y conversaciones');
  });
});
