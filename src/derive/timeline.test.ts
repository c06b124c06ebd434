import { describe, expect, it } from 'vitest';
import type { Country, Event } from '../model/schema';
import { EVENT_TYPES, type EventType } from '../model/vocabulary';
import type { ChartState } from '../model/chartState';
import {
  DENSE_EVENTS, DENSE_LINES, DENSE_MONTH, EVENT_FAMILIES, FAMILY_OF, timelineDense, timelineMonthCounts,
  timelineRows, type Lane, type Mark, type TimelineRows,
} from './timeline';
import { burst, countries, event, events, period, rows } from '../../tests/helpers/timelineRecords';

describe('timelineRows', () => {
  it('orders lanes by the first day of their earliest event, ties by name', () => {
    // peru 1 Jan; benin 1 Feb (span); kosovo 1 Mar; angola and chad both 12 Mar → by name.
    expect(rows().lanes.map((l) => l.slug)).toEqual(['peru', 'benin', 'kosovo', 'angola', 'chad']);
  });

  it('orders marks in a lane by date', () => {
    const angola = rows().lanes.find((l) => l.slug === 'angola')!;
    expect(angola.marks.map((m) => m.id)).toEqual(['cable-targets', 'angola-late']);
  });

  it('puts an event with several countries in each of their lanes, naming all of them', () => {
    const withCable = rows().lanes.filter((l) => l.marks.some((m) => m.id === 'cable-targets')).map((l) => l.slug);
    expect(withCable).toEqual(['benin', 'angola', 'chad']);
    const mark = rows().lanes.find((l) => l.slug === 'chad')!.marks[0];
    expect(mark.countries).toEqual(['Chad', 'Benin', 'Angola']);
  });

  it('keeps milestones out of the lanes', () => {
    const r = rows();
    expect(r.milestones.map((m) => m.id)).toEqual(['inauguration']);
    expect(r.lanes.flatMap((l) => l.marks).some((m) => m.family === 'milestone')).toBe(false);
    expect(r.milestones[0]).toMatchObject({ family: 'milestone', point: true, start: '2025-01-20', end: '2025-01-20' });
  });

  it('annotates every milestone and the story\'s key events, and no others', () => {
    expect(rows().keyDates.map((m) => m.id)).toEqual(['inauguration', 'cable-targets']);
    expect(timelineRows(events, countries, {}, { ...period, keyEvents: [] }).keyDates.map((m) => m.id)).toEqual(['inauguration']);
    expect(timelineRows(events, countries, {}, { ...period, keyEvents: ['kosovo-answer'] }).keyDates.map((m) => m.id)).toEqual(['inauguration', 'kosovo-answer']);
  });

  it('gives a month its first and last day', () => {
    const m = rows().lanes.find((l) => l.slug === 'kosovo')!.marks[0];
    expect(m).toMatchObject({
      id: 'kosovo-pressing', start: '2025-03-01', end: '2025-03-31', precision: 'month', point: false,
    });
  });

  it('makes "late" run from the 21st to the end of the month', () => {
    const m = rows().lanes.find((l) => l.slug === 'angola')!.marks[1];
    expect(m).toMatchObject({ start: '2025-03-21', end: '2025-03-31', precision: 'late', point: false });
  });

  it('makes a span cover its whole range', () => {
    const m = rows().lanes.find((l) => l.slug === 'benin')!.marks.find((x) => x.id === 'benin-span')!;
    expect(m).toMatchObject({
      start: '2025-02-01', end: '2025-06-30', precision: 'span', point: false,
    });
  });

  it('marks a day as a point', () => {
    const m = rows().lanes.find((l) => l.slug === 'kosovo')!.marks[1];
    expect(m).toMatchObject({ start: '2025-05-12', end: '2025-05-12', point: true, family: 'yes' });
  });

  it('filters by country, keeping milestones as context', () => {
    const r = rows({ country: 'kosovo' });
    expect(r.lanes.map((l) => l.slug)).toEqual(['kosovo']);
    expect(r.lanes[0].marks.map((m) => m.id)).toEqual(['kosovo-pressing', 'kosovo-answer']);
    expect(r.milestones).toHaveLength(1);
    expect(r.keyDates.map((m) => m.id)).toEqual(['inauguration']);
  });

  it('filters by event type, dropping lanes left empty', () => {
    const r = rows({ types: ['cable'] });
    expect(r.lanes.map((l) => l.slug)).toEqual(['peru', 'angola', 'benin', 'chad']);
    expect(r.lanes.flatMap((l) => l.marks).every((m) => m.type === 'cable')).toBe(true);
    expect(r.milestones).toEqual([]);
  });

  it('filters by status', () => {
    expect(rows({ statuses: ['agreed', 'considering'] }).lanes.map((l) => l.slug)).toEqual(['peru', 'kosovo']);
  });

  it('narrows the domain with from and to, dropping marks wholly outside and keeping those that overlap', () => {
    const r = rows({ from: '2025-03-15', to: '2025-04-30' });
    expect([r.start, r.end]).toEqual(['2025-03-15', '2025-04-30']);
    const ids = r.lanes.flatMap((l) => l.marks.map((m) => m.id));
    expect(ids).toContain('kosovo-pressing'); // March overlaps 15 March
    expect(ids).toContain('angola-late');
    expect(ids).toContain('benin-span');
    expect(ids).not.toContain('cable-targets'); // 12 March
    expect(ids).not.toContain('kosovo-answer'); // 12 May
    expect(ids).not.toContain('peru-cable');
    expect(r.milestones).toEqual([]);
    // A kept mark keeps its real dates; the chart clips it.
    expect(r.lanes.flatMap((l) => l.marks).find((m) => m.id === 'kosovo-pressing')!.start).toBe('2025-03-01');
  });

  it('defaults the domain to the period and never widens it', () => {
    expect([rows().start, rows().end]).toEqual([period.start, period.end]);
    const r = rows({ from: '2024-01-01', to: '2026-01-01' });
    expect([r.start, r.end]).toEqual([period.start, period.end]);
  });

  it('ignores highlight', () => {
    expect(rows({ highlight: ['kosovo'] })).toEqual(rows());
  });

  it('gives the same rows as shaping every event before filtering, in every filtered state', () => {
    const more = [
      ...events,
      event('twice', '2025-04 early', 'meeting', ['peru', 'chad', 'peru'], 'Peru listed twice'),
      event('unknown-country', '2025-02-03', 'refusal', ['atlantis'], 'A country with no record'),
      event('before', '2024-12', 'cable', ['chad'], 'Before the period'),
      event('late-milestone', '2025-06-30', 'milestone', [], 'Last day'),
      ...Array.from({ length: 60 }, (_, i) => event(
        `gen-${i}`, `2025-0${1 + (i % 6)}${i % 3 ? '' : `-${String(1 + (i % 28)).padStart(2, '0')}`}`,
        (['request', 'cable', 'refusal', 'payment'] as const)[i % 4], [countries[i % 5].slug, countries[(i * 3) % 5].slug],
      )),
    ];
    const states: ChartState[] = [
      {}, { country: 'kosovo' }, { country: 'chad' }, { country: 'atlantis' }, { country: 'nowhere' }, { countries: ['benin', 'peru'] },
      { countries: [] }, { statuses: ['approached'] }, { statuses: ['agreed', 'negotiating'] }, { types: ['cable', 'milestone'] },
      { from: '2025-03-15', to: '2025-04-30' }, { country: 'peru', types: ['meeting', 'request'], from: '2025-02-01' },
      { countries: ['chad', 'kosovo'], statuses: ['approached'], to: '2025-03-31' },
    ];
    for (const state of states) expect(timelineRows(more, countries, state, period)).toEqual(shapeEveryEvent(more, countries, state));
  });

  it('never shapes an event that lands in no lane', () => {
    const unreadable = event('peru-secret', '2025-02', 'memo', ['peru']);
    Object.defineProperty(unreadable, 'title', { get: () => { throw new Error('shaped an event out of view'); } });
    const withIt = [...events, unreadable];
    expect(timelineRows(withIt, countries, { country: 'kosovo' }, period)).toEqual(rows({ country: 'kosovo' }));
    expect(timelineRows(withIt, countries, { statuses: ['agreed'] }, period)).toEqual(rows({ statuses: ['agreed'] }));
    expect(timelineRows(withIt, countries, { types: ['cable'] }, period)).toEqual(rows({ types: ['cable'] }));
    expect(timelineRows(withIt, countries, { to: '2025-01-31' }, { start: '2025-03-01', end: '2025-06-30' })).toEqual(
      timelineRows(events, countries, { to: '2025-01-31' }, { start: '2025-03-01', end: '2025-06-30' }),
    );
    expect(() => timelineRows(withIt, countries, { country: 'peru' }, period)).toThrow('shaped an event out of view');
  });

  it('shares one mark among the lanes of an event, and gives a country listed twice the event once', () => {
    const r = timelineRows([...events, event('twice', '2025-04', 'meeting', ['peru', 'peru'])], countries, {}, period);
    const cable = (slug: string) => r.lanes.find((l) => l.slug === slug)!.marks.find((m) => m.id === 'cable-targets');
    expect(cable('chad')).toBe(cable('benin'));
    expect(r.lanes.find((l) => l.slug === 'peru')!.marks.map((m) => m.id)).toEqual(['peru-cable', 'twice']);
  });
});

/** The shaping before filters ran first: a mark for every event in the dates, then the lanes. */
function shapeEveryEvent(evs: Event[], cs: Country[], state: ChartState): TimelineRows {
  const start = state.from && state.from > period.start ? state.from : period.start;
  const end = state.to && state.to < period.end ? state.to : period.end;
  const nameOf = (slug: string) => cs.find((c) => c.slug === slug)?.name ?? slug;
  const byDate = (a: Mark, b: Mark) => (a.start + a.end + a.id < b.start + b.end + b.id ? -1 : 1);
  const lanes = new Map<string, Lane>();
  const milestones: Mark[] = [];
  for (const e of evs.filter((e) => (!state.types || state.types.includes(e.type)) && e.date.end >= start && e.date.start <= end)) {
    const mark: Mark = {
      id: e.id, type: e.type, family: FAMILY_OF[e.type], title: e.title, date: e.date, start: e.date.start,
      end: e.date.end, precision: e.date.precision, point: e.date.precision === 'day', countries: e.countries.map(nameOf),
    };
    if (!e.countries.length) milestones.push(mark);
    for (const slug of new Set(e.countries)) {
      const status = cs.find((c) => c.slug === slug)?.status;
      if ((state.country !== undefined && slug !== state.country) || (state.countries?.length && !state.countries.includes(slug))) continue;
      if (state.statuses && !(status && state.statuses.includes(status))) continue;
      if (!lanes.has(slug)) lanes.set(slug, { slug, name: nameOf(slug), marks: [] });
      lanes.get(slug)!.marks.push(mark);
    }
  }
  const ordered = [...lanes.values()].map((l) => ({ ...l, marks: l.marks.sort(byDate) }))
    .sort((a, b) => (a.marks[0].start === b.marks[0].start ? a.name.localeCompare(b.name, 'en') : a.marks[0].start < b.marks[0].start ? -1 : 1));
  const keyed = [...milestones, ...ordered.flatMap((l) => l.marks).filter((m) => period.keyEvents.includes(m.id))];
  return {
    lanes: ordered,
    milestones: milestones.sort(byDate),
    keyDates: [...new Map(keyed.map((m) => [m.id, m])).values()].sort(byDate),
    start,
    end,
  };
}

describe('timelineMonthCounts', () => {
  it('counts each lane\'s events by the month of their first possible day', () => {
    const r = rows();
    const { months, counts } = timelineMonthCounts(r);
    expect(months.map((m) => m.start)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']);
        // benin: the span from February counts in February; the cable in March.
    expect(counts[r.lanes.findIndex((l) => l.slug === 'benin')]).toEqual([0, 1, 1, 0, 0, 0]);
    expect(counts[r.lanes.findIndex((l) => l.slug === 'kosovo')]).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it('counts an event that began before the dates shown in the first month shown', () => {
    const r = rows({ from: '2025-03-15', to: '2025-04-30' });
    const { months, counts } = timelineMonthCounts(r);
    expect(months.map((m) => m.start)).toEqual(['2025-03-01', '2025-04-01']);
    expect(counts[r.lanes.findIndex((l) => l.slug === 'benin')]).toEqual([1, 0]);
  });
});

describe('timelineDense', () => {
  it('draws the seed-sized fixtures one by one', () => {
    expect(timelineDense(rows())).toBe(false);
  });

  it('counts by month past DENSE_EVENTS distinct country events, an event in several lanes once', () => {
    // Over two years, so that no lane has more than DENSE_MONTH in a month.
    const twoYears = { start: '2025-01-01', end: '2026-12-31' };
    const spread = (n: number) => Array.from({ length: n }, (_, i) => event(
      `e-${i}`, `${2025 + Math.floor((i % 24) / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      'request', [countries[i % 5].slug, countries[(i + 1) % 5].slug],
    ));
    const under = timelineRows(spread(DENSE_EVENTS), countries, {}, twoYears);
    expect(Math.max(...timelineMonthCounts(under).counts.flat())).toBeLessThanOrEqual(DENSE_MONTH);
    expect(timelineDense(under)).toBe(false);
    expect(timelineDense(timelineRows(spread(DENSE_EVENTS + 1), countries, {}, twoYears))).toBe(true);
  });

  it('counts by month when one of several lanes has more than DENSE_MONTH events in a month, not for a single lane', () => {
    const crowded = [...events, ...burst(DENSE_MONTH + 1, 'peru', '2025-04')];
    expect(timelineDense(timelineRows([...events, ...burst(DENSE_MONTH, 'peru', '2025-04')], countries, {}, period))).toBe(false);
    expect(timelineDense(timelineRows(crowded, countries, {}, period))).toBe(true);
    expect(timelineDense(timelineRows(crowded, countries, { country: 'peru' }, period))).toBe(false);
  });

  it('counts a single lane by month past DENSE_LINES events, since each event takes a line', () => {
    const more = (n: number) => Array.from({ length: n }, (_, i) => event(`peru-more-${i}`, `2025-0${1 + (i % 6)}`, 'request', ['peru']));
    const peru = (n: number) => timelineRows([...events, ...more(n)], countries, { country: 'peru' }, period);
    const own = peru(0).lanes[0].marks.length;
    expect(timelineDense(peru(DENSE_LINES - own))).toBe(false);
    expect(timelineDense(peru(DENSE_LINES - own + 1))).toBe(true);
  });
});

describe('EVENT_FAMILIES', () => {
  it('covers every event type exactly once', () => {
    const all = Object.values(EVENT_FAMILIES).flatMap((types) => [...types]);
    expect([...all].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    expect(new Set(all).size).toBe(all.length);
    for (const type of Object.keys(EVENT_TYPES) as EventType[]) expect(EVENT_FAMILIES[FAMILY_OF[type]]).toContain(type);
  });

  it('has at most seven families of marks besides the milestone', () => {
    expect(Object.keys(EVENT_FAMILIES).filter((id) => id !== 'milestone').length).toBeLessThanOrEqual(7);
  });
});
