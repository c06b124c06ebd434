/**
 * The one door to astro:content. Pages get plain typed records from here, never Astro entries.
 * In `astro dev` the records are read and validated from the files on every request, so an
 * invalid record is answered with the check's report (src/site/devProblems.ts) instead of a page
 * with the entry missing, and a page never sees the loader's store half-way through an update.
 */
import { getCollection } from 'astro:content';
import { siteContent } from '../derive/siteContent';
import { translatedContent, type Translation } from '../derive/translated';
import { builtLanguages, type Language, type Languages, type TranslationLocale } from '../model/languages';
import { INTL_TAG, type Locale } from '../words/locale';
import { formatReport, loadContent } from '../validation/load';
import type { ContentIssue } from '../validation/recordFile';
import type { SiteContent } from '../model/content';
import type { Country, Event, FollowUp, Source } from '../model/schema';
import { contentRoot } from './root';

/** The records in English, the languages, and each language's translations. */
interface Read {
  content: SiteContent;
  languages: Languages;
  translations: Partial<Record<TranslationLocale, Map<string, Translation>>>;
}

let cached: Promise<Read> | undefined;
const inLocale = new Map<Locale, SiteContent>();

/** Invalid content, met in `astro dev`: the problems `npm run check` would print. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(formatReport(issues));
    this.name = 'ContentError';
  }
}

/** The records' problems, read afresh from the files (for `astro dev`). */
export function contentProblems(): ContentIssue[] {
  return loadContent(contentRoot()).issues;
}

async function read(): Promise<Read> {
  const [countryEntries, eventEntries, sourceEntries, storyEntries, followUpEntries, languageEntries, translationEntries] = await Promise.all([
    getCollection('countries'), getCollection('events'), getCollection('sources'), getCollection('story'), getCollection('stories'),
    getCollection('languages'), getCollection('translations'),
  ]);
  const storyEntry = storyEntries.find((e) => e.id === 'index');
  if (!storyEntry) throw new Error('content/story/index.md is missing');
  const translations: Read['translations'] = {};
  for (const { data, body } of translationEntries) {
    (translations[data.locale] ??= new Map()).set(data.file, { raw: data.raw, body: body ?? '' });
  }
  return {
    content: siteContent({
      story: { ...storyEntry.data, body: storyEntry.body ?? '' },
      stories: followUpEntries.map((e): FollowUp => ({ ...e.data, slug: e.id, body: e.body ?? '' })),
      countries: countryEntries.map((e): Country => ({ ...e.data, slug: e.id, body: e.body ?? '' })),
      events: eventEntries.map((e): Event => ({ ...e.data, id: e.id, body: e.body ?? '' })),
      sources: sourceEntries.map((e): Source => ({ ...e.data, id: e.id })),
    }),
    languages: Object.fromEntries(languageEntries.map((e) => [e.id, e.data])) as Languages,
    translations,
  };
}

/**
 * In `astro dev`: the records as the files say now, read on every request as `npm run check` reads
 * them, so a page never waits for the content store to catch up with a save; or the problems that
 * stop them.
 */
function readFiles(): Read {
  const result = loadContent(contentRoot());
  if (result.issues.length || !result.story) throw new ContentError(result.issues);
  return { content: siteContent({ ...result, story: result.story }), languages: result.languages, translations: result.translations };
}

async function reading(): Promise<Read> {
  if (import.meta.env.DEV) return readFiles();
  cached ??= read();
  return cached;
}

/** All validated content, ready for pages, in the reader's language (English by default). */
export async function getContent(locale: Locale = 'en'): Promise<SiteContent> {
  const { content, translations } = await reading();
  if (locale === 'en') return content;
  const translate = () => {
    const t = translatedContent(content, translations[locale] ?? new Map());
    return siteContent({ ...t, story: t.story ?? content.story }, INTL_TAG[locale]);
  };
  if (import.meta.env.DEV) return translate();
  let translated = inLocale.get(locale);
  if (!translated) inLocale.set(locale, (translated = translate()));
  return translated;
}

/**
 * The languages this build makes pages in: English, and each other language published in
 * content/languages.yaml, or a draft one in `npm run dev` and `npm run build -- --drafts`.
 */
export async function siteLocales(): Promise<Locale[]> {
  const { languages } = await reading();
  return ['en', ...builtLanguages(languages, import.meta.env.DEV || process.env.BUILD_DRAFTS === '1')];
}

/** A language's entry in content/languages.yaml (its translator and reviewer), or undefined for English. */
export async function languageOf(locale: Locale): Promise<Language | undefined> {
  if (locale === 'en') return undefined;
  return (await reading()).languages[locale];
}

/** The `lang` parameter of a page in every language: undefined for English (at the root), `es` for /es/. */
export type LangParam = { lang: string | undefined };

/**
 * A page's getStaticPaths in every language the build makes (see {@link siteLocales}): `paths`
 * gives the page's other parameters and props for one language's content. In `astro dev`, invalid
 * content has no paths: the address then falls to the 404 page, which the middleware answers with
 * the problems like any other.
 */
export async function localizedPaths<P extends Record<string, string | undefined>, Props = Record<string, never>>(
  paths: (content: SiteContent, locale: Locale) => { params: P; props?: Props }[] | Promise<{ params: P; props?: Props }[]>,
): Promise<{ params: P & LangParam; props: Props & { locale: Locale } }[]> {
  let locales: Locale[];
  try {
    locales = await siteLocales();
  } catch (e) {
    if (e instanceof ContentError) return [];
    throw e;
  }
  const all = await Promise.all(locales.map(async (locale) => {
    const content = await getContent(locale);
    return (await paths(content, locale)).map((p) => ({
      params: { ...p.params, lang: locale === 'en' ? undefined : locale },
      props: { ...(p.props ?? ({} as Props)), locale },
    }));
  }));
  return all.flat();
}
