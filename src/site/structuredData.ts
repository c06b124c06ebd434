/**
 * The story page's JSON-LD, wired to the site: its canonical URL and its last update from git.
 * Pass it to the page frame: `<Base … jsonLd={await storyJsonLd()}>`.
 */
import { newsArticle } from '../publish/jsonLd';
import { getContent } from './content';
import { recordFile } from '../model/records';
import { lastUpdated } from './lastUpdated';
import { PAGE_LANGUAGE, type Locale } from '../words/locale';
import { absoluteUrl, pathsIn } from './paths';

/** The story as a schema.org NewsArticle. */
export async function storyJsonLd(locale: Locale = 'en'): Promise<Record<string, unknown>> {
  const { story } = await getContent(locale);
  return newsArticle({
    story,
    inLanguage: PAGE_LANGUAGE[locale].lang,
    url: absoluteUrl(pathsIn(locale).home()),
    dateModified: lastUpdated(recordFile.story, story.published.start).datetime,
  });
}
