/**
 * Rules that span valid records: figures add up, dates fall in the story's period, key events are
 * dated to the day, old names (aliases) are free, and a country's status agrees with its events. Each rule is documented in
 * README.md ("Cross-record rules"); references and country codes are checked from every file as
 * written (references.ts, countryCodes.ts).
 */
import { issueAt, type ContentIssue, type FieldPath, type RecordFile } from './recordFile';
import { eventsByCountry, type Content } from '../model/content';
import { recordFile } from '../model/records';
import type { Country } from '../model/schema';
import type { EventType } from '../model/vocabulary';
import type { KnownIds } from './references';

const { country: countryFile, event: eventFile, source: sourceFile } = recordFile;

/** Event types that prove a country's status. */
const STATUS_EVIDENCE: Partial<Record<Country['status'], EventType[]>> = {
  declined: ['refusal'],
  agreed: ['agreement', 'pledge'],
  transit: ['transfer', 'flight'],
  destination: ['flight'],
};

export interface RuleOptions {
  /** False when an event file failed: rules that look for events would then mislead. */
  eventsComplete: boolean;
  /** The ids of every record file, valid or not. */
  ids: KnownIds;
}

/** Checks every cross-record rule over the valid records. `files` locates each problem. */
export function checkRules(content: Content, files: Map<string, RecordFile>, options: RuleOptions): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (file: string, path: FieldPath, message: string) => {
    const record = files.get(file);
    if (record) issues.push(issueAt(record, path, message));
  };

  for (const c of content.countries) {
    const file = countryFile(c.slug);
    for (const [fid, f] of Object.entries(c.figures)) {
      if (f.sum_of) {
        const parts = f.sum_of.map((p) => c.figures[p]);
        const missing = f.sum_of.filter((p) => !c.figures[p]);
        if (missing.length) {
          at(file, ['figures', fid, 'sum_of'], `expected figures of this country, found no figure "${missing.join('", "')}"`);
        } else {
          const total = parts.reduce((sum, p) => sum + p.value, 0);
          if (total !== f.value) {
            at(file, ['figures', fid, 'value'], `expected ${total}, the sum of ${f.sum_of.join(' + ')}, found ${f.value}`);
          }
        }
      }
    }
    const { received, returned } = c.figures;
    if (returned && received && returned.value > received.value) {
      at(file, ['figures', 'returned', 'value'], `expected no more than the ${received.value} received, found ${returned.value}`);
    }
    if (returned && !received) {
      at(file, ['figures', 'returned'], 'expected a "received" figure too: people can only return after being received');
    }
  }

  for (const e of content.events) {
    const file = eventFile(e.id);
    const written = e.date.text.split('/')[0].split(' ')[0];
    if (!e.id.startsWith(`${written}-`)) {
      at(file, ['date'], `expected the file name to start with "${written}-", the event's date as written, found "${e.id}.md"`);
    }
  }

  for (const s of content.sources) {
    const file = sourceFile(s.id);
    // A source reported in itself is reported with the references.
    if (!s.reported_in || s.reported_in === s.id) continue;
    const byId = new Map(content.sources.map((x) => [x.id, x]));
    const seen = new Set([s.id]);
    for (let next = byId.get(s.reported_in); next?.reported_in; next = byId.get(next.reported_in)) {
      if (seen.has(next.reported_in)) {
        at(file, ['reported_in'], `expected a chain that ends at a published source, found a loop: ${[...seen, next.reported_in].join(' → ')}`);
        break;
      }
      seen.add(next.id);
    }
  }

  // The timeline's key events and span are the site's, set by the main story: a follow-up's would mark nothing.
  for (const s of content.stories) {
    if (s.key_events.length) at(recordFile.followUp(s.slug), ['key_events'], `expected no key_events in a follow-up: the timeline marks the main story's (content/story/index.md) in every story, so list the event there, or leave this out`);
  }
  const story = content.story;
  if (story) {
    const events = new Map(content.events.map((e) => [e.id, e]));
    story.key_events.forEach((id, i) => {
      // A key event with no file is reported with the references; one that failed its own check, there.
      const event = events.get(id);
      if (event && event.date.precision !== 'day') {
        at(recordFile.story, ['key_events', i], `expected an event dated to the day, since the timeline marks a key event with a line at its day; "${id}" is dated "${event.date.text}"`);
      }
    });
    const { from, to } = story.period;
    for (const e of content.events) {
      if (e.date.start < from.start || e.date.end > to.end) {
        at(eventFile(e.id), ['date'], `expected a date within the story's period (${from.text} to ${to.text}, set in content/story/index.md), found "${e.date.text}"`);
      }
    }
  }

  aliasesFree(content, at, options.ids);
  if (options.eventsComplete) statusAgreement(content, at);
  return issues;
}

type At = (file: string, path: FieldPath, message: string) => void;

/**
 * An old name (alias) still answers at its published addresses, so it may be neither a name a
 * record has now nor another record's old name.
 */
function aliasesFree(content: Content, at: At, known: KnownIds): void {
  const kinds = [
    { what: 'country', file: countryFile, names: known.countries, records: content.countries.map((c) => ({ id: c.slug, aliases: c.aliases })) },
    { what: 'event', file: eventFile, names: known.events, records: content.events.map((e) => ({ id: e.id, aliases: e.aliases })) },
    { what: 'source', file: sourceFile, names: known.sources, records: content.sources.map((s) => ({ id: s.id, aliases: s.aliases })) },
  ];
  for (const { what, file, names, records } of kinds) {
    const taken = new Map<string, string>();
    for (const { id, aliases } of records) {
      aliases.forEach((alias, i) => {
        const other = taken.get(alias);
        if (names.has(alias)) {
          at(file(id), ['aliases', i], `expected an old name no ${what} has now, found "${alias}", the name of ${file(alias)}: an old name only redirects to this record once no file has it`);
        } else if (other) {
          at(file(id), ['aliases', i], `expected an old name no other ${what} gives, found "${alias}", already an old name of ${file(other)}`);
        } else taken.set(alias, id);
      });
    }
  }
}

function statusAgreement(content: Content, at: At): void {
  const eventsOf = eventsByCountry(content.events);
  for (const c of content.countries) {
    const file = countryFile(c.slug);
    const types = new Set((eventsOf.get(c.slug) ?? []).map((e) => e.type));
    if (c.figures.received && !types.has('transfer') && !types.has('flight')) {
      at(file, ['figures', 'received'], `expected a transfer or flight event in content/events/ naming ${c.slug}, because the country has a "received" figure; found none`);
    }
    if (c.status === 'received' && !c.figures.received) {
      at(file, ['status'], 'expected a "received" figure under figures:, because the status is "received"; add the figure or change the status');
    }
    const evidence = STATUS_EVIDENCE[c.status];
    if (evidence && !evidence.some((t) => types.has(t))) {
      at(file, ['status'], `expected an event of type ${evidence.join(' or ')} naming ${c.slug}, because the status is "${c.status}"; found none`);
    }
  }
}
