/**
 * How numbers and figures read on the page: "about 300", "up to 50", "$100,000"; in Spanish
 * "unos 300", "hasta 50", "100.000 dólares".
 * A vague figure always carries its qualifier, so a reader never sees it as exact.
 */
import type { CountryFigure, EventFigure } from '../model/schema';
import { FIGURE_IDS } from '../model/vocabulary';
import type { Locale } from './locale';
import { message } from './messages';

const NUMBER_TAG: Record<Locale, string> = { en: 'en-US', es: 'es' };
const numbers = new Map<Locale, Intl.NumberFormat>();

/** A count as readers expect it: 9,983 (in Spanish 9983, and 10.000). */
export function formatCount(n: number, locale: Locale = 'en'): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(NUMBER_TAG[locale], { maximumFractionDigits: 0 })));
  return format.format(n);
}

type Figure = Pick<EventFigure, 'value' | 'unit' | 'approx' | 'qualifier'>;

/**
 * The grammatical gender of what a figure counts, for languages whose qualifiers agree with it
 * ("unas 300 personas", "unos 300 deportados"): a bare number counts deportees.
 */
const gender = (unit: Figure['unit'] | undefined) => (unit === 'people' || unit === 'families' || unit === 'meetings' ? 'feminine' : 'masculine');

/** Nouns that a figure in prose may count, which are feminine: "unas 300 personas", not "unos". */
const FEMININE_NOUNS: Partial<Record<Locale, RegExp>> = { es: /^\s*(personas|familias|reuniones|mujeres|niñas|deportadas|deportaciones|solicitudes|peticiones|veces)\b/i };

/** The grammatical gender of the words that follow a figure in a sentence, for languages whose qualifiers agree. */
export const genderOfNoun = (following: string, locale: Locale): Gender => (FEMININE_NOUNS[locale]?.test(following) ? 'feminine' : 'masculine');
type Gender = 'feminine' | 'masculine';

/**
 * The figure's value with its qualifier, e.g. "about 300", "$100,000". `withUnit`: the unit follows;
 * `noun`: the gender of the word that follows it in a sentence, where that is not its unit.
 */
export function formatValue(figure: Figure, locale: Locale = 'en', withUnit = false, noun?: Gender): string {
  const count = formatCount(figure.value, locale);
  const digits = figure.unit === 'usd' ? message(locale, 'figure.usd', { value: count }) : count;
  if (!figure.approx) return digits;
  return message(locale, `figure.${figure.qualifier ?? 'about'}`, { value: digits, gender: noun ?? (withUnit ? gender(figure.unit) : 'masculine') });
}

/** The number a figure's words agree with ("1 recibido", "unos 300 recibidos"): a vague one reads as many. */
export const agreementCount = (figure: Pick<Figure, 'value' | 'approx'>) => (figure.approx ? 2 : figure.value);

/** The value with its unit when the unit is not money: "about 300 people", "6 meetings". */
export function formatQuantity(figure: Figure, locale: Locale = 'en'): string {
  const value = formatValue(figure, locale, true);
  if (figure.unit === 'usd') return value;
  return message(locale, 'figure.quantity', { value, unit: message(locale, `unit.${figure.unit}`, { count: agreementCount(figure) }) });
}

/** A country figure's label: the fixed meaning of received/returned/pledged, or its own label. */
export function figureLabel(id: string, figure: Pick<CountryFigure, 'label'>, locale: Locale = 'en'): string {
  const label = figure.label ?? (id in FIGURE_IDS ? message(locale, `figureId.${id as keyof typeof FIGURE_IDS}`) : id);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** What a reader sees for a figure the sources do not give: "not reported", never 0. */
export const notReported = (locale: Locale = 'en') => message(locale, 'figure.notReported');
