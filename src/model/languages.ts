/**
 * The languages the site's records can be translated into besides English, and how
 * content/languages.yaml says where each stands: a `draft` is a work in progress, whose gaps the
 * check lists without stopping the English; a `published` one names its translator and reviewer,
 * and any gap in it stops the check and the build.
 */
import { z } from 'astro/zod';

/** The languages a record can be translated into (src/words/ has a catalogue for each). */
export const TRANSLATION_LOCALES = ['es'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** Where the site's languages are configured, relative to the folder holding content/. */
export const LANGUAGES_FILE = 'content/languages.yaml';

const person = (what: string) => z.string({ required_error: `expected the name of the ${what}`, invalid_type_error: `expected the name of the ${what}` }).trim().min(1, `expected the name of the ${what}`);

/** One language's entry in content/languages.yaml. */
export const languageSchema = z
  .object({
    status: z.enum(['draft', 'published'], { errorMap: () => ({ message: 'expected draft or published' }) }),
    translator: person('translator').optional(),
    reviewer: person('reviewer who checked the translation').optional(),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.status !== 'published') return;
    for (const who of ['translator', 'reviewer'] as const) {
      if (!l[who]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [who], message: `expected the ${who}'s name: a published language credits its ${who} on every page` });
    }
  });

/** content/languages.yaml: each language by its code. A language left out is not built. */
export const languagesSchema = z.object(Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, languageSchema.optional()])) as Record<TranslationLocale, z.ZodOptional<typeof languageSchema>>).strict();
export type Languages = z.output<typeof languagesSchema>;
export type Language = z.output<typeof languageSchema>;

/** A translation file as the build keeps it: its language, the English record file it translates, its fields as written. */
export const translationEntrySchema = z.object({ locale: z.enum(TRANSLATION_LOCALES), file: z.string(), raw: z.unknown() });

/**
 * The languages a build makes pages in besides English: each published one, and each draft one
 * too when `drafts` (`npm run dev`, `npm run build -- --drafts`). A language left out of
 * content/languages.yaml is never built.
 */
export function builtLanguages(languages: Languages, drafts: boolean): TranslationLocale[] {
  return TRANSLATION_LOCALES.filter((l) => languages[l]?.status === 'published' || (drafts && languages[l]?.status === 'draft'));
}
