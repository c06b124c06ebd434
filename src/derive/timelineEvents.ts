/**
 * The events a timeline state can show, found without scanning every event: a country's timeline
 * costs its own events, not the whole record, which matters at tracker scale.
 */
import type { ChartState } from '../model/chartState';
import { eventsByCountry, type Content } from '../model/content';
import type { Event } from '../model/schema';
import { cached } from '../util/memo';

/** Each event's place in content.events, by id. */
const orderMemo = new WeakMap<Content, Map<string, number>>();
export const eventOrder = (content: Content): Map<string, number> =>
  cached(orderMemo, content, () => new Map(content.events.map((e, i) => [e.id, i])));

const byCountryMemo = new WeakMap<Content, { byCountry: Map<string, Event[]>; milestones: Event[] }>();

/**
 * With `country` or `countries`, only their events and the milestones (events of no country), in
 * the records' order; else every event. timelineRows applies the rest of the state.
 */
export function timelineEvents(content: Content, state: ChartState): Event[] {
  const slugs = state.country !== undefined ? [state.country] : state.countries?.length ? state.countries : undefined;
  if (!slugs) return content.events;
  const grouped = cached(byCountryMemo, content, () => ({
    byCountry: eventsByCountry(content.events),
    milestones: content.events.filter((e) => e.countries.length === 0),
  }));
  const order = eventOrder(content);
  const picked = new Set([...grouped.milestones, ...slugs.flatMap((slug) => grouped.byCountry.get(slug) ?? [])]);
  return [...picked].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
