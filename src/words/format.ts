/**
 * How numbers and figures read on the page: "about 300", "up to 50", "$100,000".
 * A vague figure always carries its qualifier, so a reader never sees it as exact.
 */
import type { CountryFigure, EventFigure } from '../model/schema';
import { FIGURE_IDS, UNITS } from '../model/vocabulary';

const SINGULAR: Record<EventFigure['unit'], string> = { people: 'person', families: 'family', meetings: 'meeting', usd: 'US dollar' };

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count as readers expect it: 9,983. */
export function formatCount(n: number): string {
  return number.format(n);
}

/** The figure's value with its qualifier, e.g. "about 300", "$100,000". */
export function formatValue(figure: Pick<EventFigure, 'value' | 'unit' | 'approx' | 'qualifier'>): string {
  const digits = figure.unit === 'usd' ? `$${number.format(figure.value)}` : number.format(figure.value);
  if (!figure.approx) return digits;
  return `${figure.qualifier ?? 'about'} ${digits}`;
}

/** The value with its unit when the unit is not money: "about 300 people", "6 meetings". */
export function formatQuantity(figure: Pick<EventFigure, 'value' | 'unit' | 'approx' | 'qualifier'>): string {
  const value = formatValue(figure);
  if (figure.unit === 'usd') return value;
  return `${value} ${figure.value === 1 && !figure.approx ? SINGULAR[figure.unit] : UNITS[figure.unit].label}`;
}

/** A country figure's label: the fixed meaning of received/returned/pledged, or its own label. */
export function figureLabel(id: string, figure: Pick<CountryFigure, 'label'>): string {
  const label = figure.label ?? (id in FIGURE_IDS ? FIGURE_IDS[id as keyof typeof FIGURE_IDS].label : id);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
