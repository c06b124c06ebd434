/**
 * The data files of an edition in another language: the same stable columns as the English files
 * (codes such as `status: received` never change with the language), and beside each coded column
 * its label in the edition's language (`status_label: Recibió deportados`), so a newsroom can
 * publish a table in Spanish without mapping the codes itself. Names and headlines are the
 * edition's own, from the translated records. The English files keep their columns unchanged.
 */
import type { Locale } from '../words/locale';
import { message, type MessageKey } from '../words/messages';
import type { Row } from '../derive/dataset';
import { toCsv, type Column } from './csv';

/** The coded columns that gain a label, and the catalogue's family of labels for their codes. */
const LABELLED: Record<string, string> = { region: 'region', status: 'status', type: 'eventType', kind: 'sourceKind' };

/** `columns` with, in an edition other than English, a `<code>_label` column after each coded one. */
export function labelledColumns(columns: Column[], locale: Locale): Column[] {
  if (locale === 'en') return columns;
  return columns.flatMap((c) => (c.name in LABELLED
    ? [c, { name: `${c.name}_label`, type: 'string' as const, description: `The ${c.name} code as this edition's pages word it (language: ${locale})` }]
    : [c]));
}

/** `rows` with, in an edition other than English, the label of each coded cell beside it. */
export function labelledRows<R extends Record<string, unknown>>(rows: R[], locale: Locale): R[] {
  if (locale === 'en') return rows;
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) {
      out[name] = value;
      const family = LABELLED[name];
      if (family && typeof value === 'string') out[`${name}_label`] = message(locale, `${family}.${value}` as MessageKey);
    }
    return out as R;
  });
}

/** A data file's CSV in an edition: its columns and rows, with their labels beside the codes. */
export const editionCsv = (rows: Row[], columns: Column[], locale: Locale): string => toCsv(labelledRows(rows, locale), labelledColumns(columns, locale));
