/**
 * Numbers typed by hand in the story's prose: every number readers see must come from a record
 * (`:fig[country.figure]`), so the check points at any other, except years, ordinals and a day
 * next to a month ("12 March", "May 8", and in any prose, for the translations, "12 de marzo").
 */
import type { Text } from 'mdast';
import { ENGLISH_MONTHS } from '../model/dates';

const MONTHS = ENGLISH_MONTHS.join('|');
/** The months in the languages the story is translated into, as a day precedes them: "12 de marzo". */
const SPANISH_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
/** A day number next to a month name is a date, not a figure: "12 March", "May 8", "12 de marzo". */
const MONTH_AFTER = new RegExp(`^\\s+(?:(?:${MONTHS})\\b|de\\s+(?:${SPANISH_MONTHS})\\b)`, 'u');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\s+$`);

/** Each number in a text node that looks typed by hand, at its line and column in the Markdown. */
export function handTypedNumbers(node: Text): { token: string; line: number; column: number }[] {
  const found: { token: string; line: number; column: number }[] = [];
  for (const m of node.value.matchAll(/\$?\d(?:[\d,.]*\d)?(?:st|nd|rd|th)?/g)) {
    const token = m[0];
    const before = node.value.slice(0, m.index);
    const after = node.value.slice(m.index! + token.length);
    if (!token.startsWith('$')) {
      if (/^\d+(?:st|nd|rd|th)$/.test(token) || /^(?:19|20)\d\d$/.test(token)) continue;
      if (/^\d{1,2}$/.test(token) && (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before))) continue;
    }
    const lines = before.split('\n');
    const line = (node.position?.start.line ?? 1) + lines.length - 1;
    const column = lines.length === 1 ? (node.position?.start.column ?? 1) + before.length : lines[lines.length - 1].length + 1;
    found.push({ token, line, column });
  }
  return found;
}
