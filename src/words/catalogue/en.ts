/**
 * The English catalogue: every sentence a reader sees, whole, in ICU MessageFormat
 * (`{name}` a value, `{n, plural, one {…} other {…}}` a count, `{x, select, …}` a choice).
 * The vocabulary's labels (statuses, regions, event types…) are written once, in
 * src/model/vocabulary.ts, and read from there; every other language translates each key here.
 */
import { EVENT_TYPES, FIGURE_IDS, REGIONS, SOURCE_KINDS, STATUSES } from '../../model/vocabulary';

/** `<prefix>.<word>` → the word's label, for each word of a vocabulary. */
function labels<P extends string, V extends Record<string, { label: string }>>(prefix: P, vocabulary: V) {
  return Object.fromEntries(Object.entries(vocabulary).map(([word, { label }]) => [`${prefix}.${word}`, label])) as { [W in keyof V & string as `${P}.${W}`]: string };
}

const sentences = {
  // How a vague figure reads: the qualifier before the number. `gender` is the grammatical gender
  // of what is counted, for languages whose words agree with it ("unas 300 personas").
  'figure.about': 'about {value}',
  'figure.nearly': 'nearly {value}',
  'figure.up to': 'up to {value}',
  'figure.at least': 'at least {value}',
  'figure.more than': 'more than {value}',
  'figure.usd': '${value}',
  'figure.quantity': '{value} {unit}',
  'figure.notReported': 'not reported',
  // A unit after a number: `count` is the number (1 reads "person").
  'unit.people': '{count, plural, one {person} other {people}}',
  'unit.families': '{count, plural, one {family} other {families}}',
  'unit.meetings': '{count, plural, one {meeting} other {meetings}}',
  'unit.usd': '{count, plural, one {US dollar} other {US dollars}}',
  // Dates: a part of a month, and a span of two dates (each a placeholder the page marks up as <time>).
  'date.early': 'early {month}',
  'date.mid': 'mid {month}',
  'date.late': 'late {month}',
  // `firstKind`, `secondKind`: "day" or "month", for languages that put an article before a day.
  'date.between': 'between {first} and {second}',
  'date.betweenDays': 'between {first} and {second}',
} as const;

/** The English catalogue. */
export const en = {
  ...sentences,
  ...labels('status', STATUSES),
  ...labels('region', REGIONS),
  ...labels('eventType', EVENT_TYPES),
  ...labels('sourceKind', SOURCE_KINDS),
  ...labels('figureId', FIGURE_IDS),
};

/** A key of the catalogue: every language has a message for each. */
export type MessageKey = keyof typeof en;
/** A language's catalogue. */
export type Catalogue = Record<MessageKey, string>;
