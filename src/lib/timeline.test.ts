import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Country, Event } from '../model/schema';
import { EVENT_TYPES, type EventType, type Status } from '../model/vocabulary';
import { describeTimeline, EVENT_FAMILIES, FAMILY_OF, timelineRows, timelineTable } from './timeline';

const period = { start: '2025-01-01', end: '2025-06-30' };

function country(slug: string, name: string, status: Status = 'approached'): Country {
  return {
    slug, name, iso3: 'XXX', region: 'europe', status, figures: {}, sources: ['s'], quotes: [], corrections: [], body: '',
  };
}

function event(id: string, date: string, type: EventType, countries: string[], title = id): Event {
  return {
    id, date: parsePartialDate(date), type, countries, title, figures: [], quotes: [], sources: ['s'], corrections: [], body: '',
  };
}

const countries = [
  country('kosovo', 'Kosovo', 'agreed'),
  country('peru', 'Peru', 'considering'),
  country('angola', 'Angola', 'negotiating'),
  country('benin', 'Benin'),
  country('chad', 'Chad'),
];

const events = [
  event('inauguration', '2025-01-20', 'milestone', [], 'Inauguration'),
  event('kosovo-pressing', '2025-03', 'request', ['kosovo'], 'Pressing Kosovo'),
  event('kosovo-answer', '2025-05-12', 'agreement', ['kosovo'], 'Kosovo agrees'),
  event('peru-cable', '2025-01', 'cable', ['peru'], 'Peru cable'),
  event('angola-late', '2025-03 late', 'negotiation', ['angola'], 'Angola nearing deal'),
  event('cable-targets', '2025-03-12', 'cable', ['chad', 'benin', 'angola'], 'Cable names targets'),
  event('benin-span', '2025-02/2025-06', 'statement', ['benin'], 'Benin statement'),
];

const rows = (state = {}) => timelineRows(events, countries, state, period);

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

  it('annotates every milestone and the 12 March cable', () => {
    expect(rows().keyDates.map((m) => m.id)).toEqual(['inauguration', 'cable-targets']);
  });

  it('gives a month its first and last day', () => {
    const m = rows().lanes.find((l) => l.slug === 'kosovo')!.marks[0];
    expect(m).toMatchObject({
      id: 'kosovo-pressing', start: '2025-03-01', end: '2025-03-31', precision: 'month', point: false, dateLabel: 'March 2025',
    });
  });

  it('makes "late" run from the 21st to the end of the month', () => {
    const m = rows().lanes.find((l) => l.slug === 'angola')!.marks[1];
    expect(m).toMatchObject({ start: '2025-03-21', end: '2025-03-31', precision: 'late', point: false, dateLabel: 'late March 2025' });
  });

  it('makes a span cover its whole range', () => {
    const m = rows().lanes.find((l) => l.slug === 'benin')!.marks.find((x) => x.id === 'benin-span')!;
    expect(m).toMatchObject({
      start: '2025-02-01', end: '2025-06-30', precision: 'span', point: false, dateLabel: 'between February and June 2025',
    });
  });

  it('marks a day as a point', () => {
    const m = rows().lanes.find((l) => l.slug === 'kosovo')!.marks[1];
    expect(m).toMatchObject({ start: '2025-05-12', end: '2025-05-12', point: true, dateLabel: '12 May 2025', family: 'yes' });
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
});

describe('EVENT_FAMILIES', () => {
  it('covers every event type exactly once', () => {
    const all = Object.values(EVENT_FAMILIES).flatMap((f) => [...f.types]);
    expect([...all].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    expect(new Set(all).size).toBe(all.length);
    for (const type of Object.keys(EVENT_TYPES) as EventType[]) expect(EVENT_FAMILIES[FAMILY_OF[type]].types).toContain(type);
  });

  it('has at most seven families of marks besides the milestone, each with its own shape', () => {
    const marks = Object.entries(EVENT_FAMILIES).filter(([id]) => id !== 'milestone');
    expect(marks.length).toBeLessThanOrEqual(7);
    const shapes = marks.map(([, f]) => `${f.symbol}@${f.rotate}`);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(EVENT_FAMILIES.milestone.symbol).toBe('rule');
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
