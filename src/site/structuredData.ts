/**
 * A story page's JSON-LD (the main story's or a follow-up's), wired to the site: its canonical URL and its last update from git.
 * Pass it to the page frame: `<Base … jsonLd={await storyJsonLd()}>`.
 */
import { newsArticle } from '../publish/jsonLd';
import { getContent } from './content';
import { recordFile } from '../model/records';
import { lastUpdated } from './lastUpdated';
import { PAGE_LANGUAGE, type Locale } from '../words/locale';
import { absoluteUrl, pathsIn } from './paths';

/** A story as a schema.org NewsArticle: the main story, or the follow-up `slug`. */
export async function storyJsonLd(locale: Locale = 'en', slug?: string): Promise<Record<string, unknown>> {
  const content = await getContent(locale);
  const story = slug ? content.followUp(slug) : content.story;
  return newsArticle({
    story,
    inLanguage: PAGE_LANGUAGE[locale].lang,
    url: absoluteUrl(pathsIn(locale).story(slug)),
    dateModified: lastUpdated(slug ? recordFile.followUp(slug) : recordFile.story, story.published.start).datetime,
  });
}
