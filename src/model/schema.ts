/**
 * The content model, declared once. Astro's content collections and the editors' check both use
 * these schemas; TypeScript types are inferred from them. Every `expected …` message finishes the
 * sentence an editor reads after the field's name.
 */
import { z } from 'astro/zod';
import { DATE_FORMS, DateError, parsePartialDate } from './dates';
import {
  EVENT_TYPES, FIGURE_IDS, QUALIFIERS, REGIONS, SOURCE_KINDS, STATUSES, UNITS, words,
} from './vocabulary';

/** Country slugs: lowercase ASCII words joined by hyphens. */
export const COUNTRY_SLUG = /^[a-z]+(?:-[a-z]+)*$/;
/** Source ids and figure ids: lowercase letters and digits joined by hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Event ids (file names): the date as written, then a slug: 2025-05-12-kosovo-answer, 2025-03-kosovo-talks. */
export const EVENT_ID = /^\d{4}-\d{2}(?:-\d{2})?-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function text(what: string) {
  return z
    .string({ invalid_type_error: `expected ${what}`, required_error: `expected ${what}` })
    .trim()
    .min(1, `expected ${what}, found an empty value`);
}

function ref(what: string, pattern: RegExp, example: string) {
  return z
    .string({ invalid_type_error: `expected the id of ${what}`, required_error: `expected the id of ${what}` })
    .regex(pattern, `expected the id of ${what}: lowercase words joined by hyphens, like "${example}"`);
}

// `ref:<collection>` says which records a reference names: the browser editor offers them (src/cms/).
const countryRef = ref('a country (its file name without .md)', COUNTRY_SLUG, 'costa-rica').describe('ref:countries');
const sourceRef = ref('a source (its file name in content/sources/ without .yaml)', ID, 'dhs-memo-2025-03').describe('ref:sources');
const eventRef = z
  .string({ invalid_type_error: 'expected the id of an event (its file name in content/events/ without .md)' })
  .regex(EVENT_ID, 'expected the id of an event: its date then a slug, like "2025-03-12-cable-nine-target-nations"')
  .describe('ref:events');

function refs(of: z.ZodString, what: string) {
  return z
    .array(of, { invalid_type_error: `expected a list of ${what}, like [a, b]`, required_error: `expected a list of ${what}` })
    .min(1, `expected at least one of ${what}`);
}

/**
 * Old names of a record that was renamed: its published addresses keep working, redirected to the
 * new ones (see README, "Rename a record safely").
 */
function aliases(pattern: RegExp, example: string) {
  return z
    .array(
      z.string({ invalid_type_error: 'expected an old name of this record' }).regex(pattern, `expected an old name of this record, written as its file name was, like "${example}"`),
      { invalid_type_error: `expected a list of this record's old names, like [${example}]` },
    )
    .default([]);
}

/** A date as journalists write it; see dates.ts. Impossible dates are errors. */
export const dateField = z
  .string({ invalid_type_error: `expected ${DATE_FORMS}`, required_error: `expected ${DATE_FORMS}` })
  .transform((value, ctx) => {
    try {
      return parsePartialDate(value);
    } catch (e) {
      if (!(e instanceof DateError)) throw e;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: e.message });
      return z.NEVER;
    }
  });

/** A date known to the day, e.g. for corrections. */
const dayField = z
  .string({ invalid_type_error: 'expected a day written YYYY-MM-DD', required_error: 'expected a day written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day written YYYY-MM-DD')
  .pipe(dateField);

const count = z
  .number({ invalid_type_error: 'expected a whole number', required_error: 'expected a whole number' })
  .int('expected a whole number')
  .nonnegative('expected zero or more');

const figureFields = {
  value: count,
  unit: z.enum(words(UNITS)).default('people'),
  approx: z.boolean({ invalid_type_error: 'expected true or false' }).default(false),
  qualifier: z.enum(words(QUALIFIERS)).optional(),
  label: text('a short label, like "people Kosovo would take"').optional(),
  note: text('a short note').optional(),
};

function checkQualifier(f: { approx: boolean; qualifier?: string }, ctx: z.RefinementCtx) {
  if (f.qualifier && !f.approx) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['approx'],
      message: `expected approx: true, because "${f.qualifier}" means the number is not exact`,
    });
  }
}

/** An attributed quotation. */
export const quoteSchema = z
  .object({
    text: text('the quoted words, without quotation marks'),
    speaker: text('who said it, e.g. "Mark Hetfield" or "Kosovar officials"'),
    role: text('the speaker\'s role, e.g. "president of HIAS"').optional(),
    source: sourceRef,
  })
  .strict();

/** A dated correction shown wherever the record appears. */
export const correctionSchema = z
  .object({ date: dayField, text: text('what was corrected, in a sentence') })
  .strict();

/** A figure on a country: what it counts, as of when, and where it comes from. */
export const countryFigureSchema = z
  .object({
    ...figureFields,
    as_of: dateField,
    sources: refs(sourceRef, 'source ids'),
    sum_of: z.array(ref('another figure of this country', ID, 'from-kazakhstan')).min(2, 'expected at least two figure ids to add up').optional(),
  })
  .strict()
  .superRefine(checkQualifier);

export const countrySchema = z
  .object({
    name: text('the country\'s name in English'),
    iso3: z
      .string({ invalid_type_error: 'expected a three-letter country code', required_error: 'expected a three-letter country code' })
      .regex(/^[A-Z]{3}$/, 'expected three capital letters (ISO 3166-1 alpha-3, like "CRI"; Kosovo uses "XKX")'),
    /** Leave out to draw the country on the map; `false` leaves it off, and the map's words say so. */
    map: z.boolean({ invalid_type_error: 'expected false to leave the country off the map (or no map: line at all)' }).optional(),
    region: z.enum(words(REGIONS)),
    status: z.enum(words(STATUSES)),
    status_note: text('one sentence on why the country has this status').optional(),
    figures: z
      .record(
        z.string().regex(ID, 'expected a figure id: lowercase words joined by hyphens, like "received"'),
        countryFigureSchema,
        { invalid_type_error: 'expected figures, each under its id (received:, returned:, pledged: …)' },
      )
      .default({})
      .superRefine((figures, ctx) => {
        for (const [id, f] of Object.entries(figures)) {
          if (!Object.hasOwn(FIGURE_IDS, id) && !f.label) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [id],
              message: `expected a label for the figure "${id}": only ${Object.keys(FIGURE_IDS).join(', ')} have a meaning of their own`,
            });
          }
        }
      }),
    sources: refs(sourceRef, 'source ids'),
    quotes: z.array(quoteSchema).default([]),
    corrections: z.array(correctionSchema).default([]),
    aliases: aliases(COUNTRY_SLUG, 'costa-rica'),
  })
  .strict();

/** A figure inside an event: it needs a label, and rests on the event's sources. */
export const eventFigureSchema = z
  .object({ ...figureFields, label: text('a short label, like "people Kosovo would take"') })
  .strict()
  .superRefine(checkQualifier);

export const eventSchema = z
  .object({
    date: dateField,
    type: z.enum(words(EVENT_TYPES)),
    countries: z.array(countryRef, { invalid_type_error: 'expected a list of country ids, like [kosovo]' }).default([]),
    title: text('a headline-style title'),
    figures: z.array(eventFigureSchema).default([]),
    quotes: z.array(quoteSchema).default([]),
    sources: refs(sourceRef, 'source ids'),
    corrections: z.array(correctionSchema).default([]),
    aliases: aliases(EVENT_ID, '2025-05-12-kosovo-answer'),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.type !== 'milestone' && e.countries.length === 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['countries'],
        message: 'expected at least one country id: only a milestone may involve no country',
      });
    }
  });

export const sourceSchema = z
  .object({
    title: text('the document\'s title or a description of it'),
    publisher: text('who published or wrote it, e.g. "US State Department"'),
    kind: z.enum(words(SOURCE_KINDS)),
    /** Leave out when the reporting does not date the document; never guess. */
    date: dateField.optional(),
    url: z
      .string({ invalid_type_error: 'expected a web address starting with https://' })
      .url('expected a web address starting with https://')
      .startsWith('https://', 'expected a web address starting with https://')
      .optional(),
    reported_in: sourceRef.optional(),
    author: text('the author\'s name').optional(),
    notes: text('a note for readers').optional(),
    corrections: z.array(correctionSchema).default([]),
    aliases: aliases(ID, 'dhs-memo-2025-03'),
  })
  .strict();

export const storySchema = z
  .object({
    title: text('the headline'),
    standfirst: text('one or two sentences under the headline'),
    description: text('a one-sentence summary for search engines and social cards'),
    byline: text('who wrote and produced the story'),
    published: dayField,
    period: z
      .object({ from: dateField, to: dateField }, { required_error: 'expected the period the story covers: from: and to:' })
      .strict(),
    sources: refs(sourceRef, 'source ids'),
    /** Events the timeline marks with a rule and a short label, besides every milestone. */
    key_events: z.array(eventRef, { invalid_type_error: 'expected a list of event ids, like [2025-03-12-cable-nine-target-nations]' }).default([]),
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();

export type CountryData = z.output<typeof countrySchema>;
export type CountryFigure = z.output<typeof countryFigureSchema>;
export type EventData = z.output<typeof eventSchema>;
export type EventFigure = z.output<typeof eventFigureSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type StoryData = z.output<typeof storySchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Correction = z.output<typeof correctionSchema>;

/** A validated country with its slug and Markdown notes. */
export type Country = CountryData & { slug: string; body: string };
/** A validated event with its id (file name) and Markdown summary. */
export type Event = EventData & { id: string; body: string };
/** A validated source with its id. */
export type Source = SourceData & { id: string };
/** The story's front matter and its Markdown prose. */
export type Story = StoryData & { body: string };
/** A follow-up story (content/stories/<slug>.md): a story of its own, at /stories/<slug>/, over the same records. */
export type FollowUp = Story & { slug: string };
