/**
 * Each country's code and name, read from every country file as written: the code is an ISO
 * 3166-1 alpha-3 code (XKX for Kosovo) that the map knows, and no two countries share a code or a
 * name.
 */
import { issueAt, type ContentIssue, type RecordFile } from './recordFile';
import { codeOfName, GEO, isCountryCode, KOSOVO_CODE } from '../model/geography';
import { recordFile } from '../model/records';

const ALPHA3 = /^[A-Z]{3}$/;

/** A known code close to an unknown one: the code of the country's own name, else the one code a letter away. */
function likelyCode(found: string, name: unknown): string | undefined {
  const byName = typeof name === 'string' ? codeOfName(name) : undefined;
  if (byName) return byName;
  const near = Object.keys(GEO).filter((code) => [...code].filter((ch, i) => ch !== found[i]).length === 1);
  return near.length === 1 ? near[0] : undefined;
}

/** Checks the country files' codes and names. */
export function checkCountryCodes(files: Map<string, RecordFile>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const first = { iso3: new Map<string, string>(), name: new Map<string, string>() };
  for (const [file, record] of files) {
    if (!file.startsWith('content/countries/')) continue;
    const raw = record.raw as Record<string, unknown>;
    const iso3 = raw.iso3;
    // Codes that are not three capital letters fail the schema, which says so.
    if (typeof iso3 === 'string' && ALPHA3.test(iso3) && !isCountryCode(iso3)) {
      const guess = likelyCode(iso3, raw.name);
      const hint = guess ? ` (did you mean "${guess}", ${GEO[guess].name}?)` : '';
      issues.push(issueAt(record, ['iso3'], `expected an ISO 3166-1 alpha-3 code such as "CRI" (${KOSOVO_CODE} for Kosovo), found "${iso3}"${hint}`));
    }
    for (const field of ['iso3', 'name'] as const) {
      const value = typeof raw[field] === 'string' ? (raw[field] as string).trim() : '';
      if (!value) continue;
      const other = first[field].get(value);
      if (other) {
        const what = field === 'iso3' ? 'code' : 'name';
        issues.push(issueAt(record, [field], `expected a ${what} no other country has, found "${value}", already used by ${recordFile.country(other)}`));
      } else first[field].set(value, file.slice('content/countries/'.length, -'.md'.length));
    }
  }
  return issues;
}
