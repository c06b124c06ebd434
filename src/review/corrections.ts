/**
 * Corrections are not optional: a change to a published figure, a status or an event's date is a
 * correction unless the record says something new happened (a figure's new `as_of`, a new event),
 * and a correction must be on record as a dated `corrections:` entry. Compared with the records of
 * a base revision (./revision.ts).
 */
import type { Content } from '../model/content';
import type { Correction } from '../model/schema';
import { recordFile } from '../model/records';
import { issueAt, type ContentIssue, type FieldPath, type RecordFile } from '../validation/recordFile';
import { formatValue } from '../words/format';

const entries = (list: Correction[]) => new Set(list.map((c) => `${c.date.start} ${c.text}`));
/** Whether `now` carries a corrections entry `before` did not. */
const corrected = (before: Correction[], now: Correction[]) => {
  const known = entries(before);
  return now.some((c) => !known.has(`${c.date.start} ${c.text}`));
};

const ADD = 'Add an entry under corrections: with the date and what was corrected';

/**
 * The changes in `head` that need a correction entry `head` lacks, each at the changed field of its
 * file. `files` locates fields in `head`; `baseName` says what `base` is, for the messages.
 */
export function missingCorrections(base: Content, head: Content, files: Map<string, RecordFile>, baseName: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (file: string, path: FieldPath, message: string) => {
    const record = files.get(file);
    if (record) issues.push(issueAt(record, path, message));
  };
  const baseEvents = new Map(base.events.map((e) => [e.id, e]));
  const newEventsOf = (slug: string) => head.events.filter((e) => !baseEvents.has(e.id) && e.countries.includes(slug));

  const baseCountries = new Map(base.countries.map((c) => [c.slug, c]));
  for (const country of head.countries) {
    const before = baseCountries.get(country.slug);
    if (!before || corrected(before.corrections, country.corrections)) continue;
    const file = recordFile.country(country.slug);
    for (const [id, figure] of Object.entries(country.figures)) {
      const old = before.figures[id];
      if (!old || old.as_of.text !== figure.as_of.text) continue;
      if (old.value === figure.value && old.approx === figure.approx && old.qualifier === figure.qualifier) continue;
      at(file, ['figures', id, 'value'], `changes a published figure from ${formatValue(old)} to ${formatValue(figure)} with the same as_of (${figure.as_of.text}) as ${baseName}: that is a correction. ${ADD}, or give the figure the new as_of the source reports`);
    }
    if (before.status !== country.status && newEventsOf(country.slug).length === 0) {
      at(file, ['status'], `changes the status from "${before.status}" to "${country.status}" with no new event naming ${country.slug} since ${baseName}: that is a correction. ${ADD}, or add the event that changed it`);
    }
  }

  for (const event of head.events) {
    const before = baseEvents.get(event.id);
    if (!before || before.date.text === event.date.text || corrected(before.corrections, event.corrections)) continue;
    at(recordFile.event(event.id), ['date'], `changes the date of a published event from "${before.date.text}" to "${event.date.text}" since ${baseName}: that is a correction. ${ADD}`);
  }
  return issues;
}
