/** The order of the sources page: published reporting first, then the documents it reports on. */
import type { Source } from '../model/schema';

/** Published reporting first, then the documents it reports on, each group in date order (undated last), then by id. */
export function sourcesInOrder(sources: readonly Source[]): Source[] {
  const day = (s: Source) => s.date?.start ?? '9999';
  return [...sources].sort((a, b) =>
    Number(Boolean(a.reported_in)) - Number(Boolean(b.reported_in)) || day(a).localeCompare(day(b)) || a.id.localeCompare(b.id));
}
