/**
 * The Open Graph card (1200×675) of each page with one of its own: the story's (its map), the
 * sources page's (counts by kind) and each country's (status, figures and timeline).
 */
import type { RenderedFigure } from '../figures/render';
import type { SiteContent } from '../model/content';
import { FIGURE_IDS, type SourceKind } from '../model/vocabulary';
import { figureLabel, formatValue } from '../words/format';
import type { Locale } from '../words/locale';
import { message } from '../words/messages';
import { sourceLine } from '../words/sourceLine';
import { CARD, chartCard, chartSvg, type ImageStyle } from './chartImages';
import { socialCard, type CardFonts } from './socialCard';

export interface CardContext {
  style: ImageStyle;
  fonts: CardFonts;
  /** The site's name, the credit on every card. */
  credit: string;
  /** The figure of the chart's overview (`key` null) or of a country's timeline (`key` its slug). */
  figure: (chart: 'map' | 'timeline', key: string | null) => RenderedFigure;
  /** The language of the card's words. */
  locale: Locale;
}

/** The SVG of the Open Graph card of `page`: `index`, `sources`, `stories/<slug>` or `countries/<slug>`. */
export function ogCardSvg(content: SiteContent, page: string, { style, fonts, credit, figure, locale }: CardContext): string {
  if (page === 'index') {
    return chartCard(figure('map', null), style, fonts, credit, { title: content.story.title, source: content.story.byline });
  }
  if (page === 'sources') return sourcesCard(content, style, fonts, credit, locale);
  // A follow-up's card: the overview map, under its own headline and byline.
  const followUp = content.stories.find((s) => page === `stories/${s.slug}`);
  if (followUp) return chartCard(figure('map', null), style, fonts, credit, { title: followUp.title, source: followUp.byline });
  const slug = /^countries\/(.+)$/.exec(page)?.[1];
  if (!slug) throw new Error(`No Open Graph image for "${page}"`);
  const country = content.country(slug);
  // The figures with a fixed meaning (received, returned, pledged), in that order.
  const figuresRow = Object.keys(FIGURE_IDS)
    .filter((id) => country.figures[id])
    .map((id) => ({ value: formatValue(country.figures[id], locale), label: figureLabel(id, country.figures[id], locale) }));
  const timeline = content.eventsOf(slug).length > 0 ? figure('timeline', slug) : undefined;
  const sourceIds = [...country.sources, ...Object.values(country.figures).flatMap((f) => f.sources)];
  return socialCard({
    ...CARD,
    kicker: `${message(locale, `region.${country.region}`)} · ${message(locale, `status.${country.status}`)}`,
    title: country.name,
    takeaway: message(locale, `statusMeaning.${country.status}`, { kind: 'named', name: country.name }),
    figures: figuresRow,
    chart: timeline ? chartSvg(timeline, style) : undefined,
    source: `${sourceLine(sourceIds, content.sources, locale)}.`,
    credit,
  }, fonts, style.palette);
}

/** "News articles" → "news articles", keeping an acronym: "DHS memos". */
const lowerFirst = (text: string, locale: Locale) => (/^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase(locale) + text.slice(1));

function sourcesCard(content: SiteContent, style: ImageStyle, fonts: CardFonts, credit: string, locale: Locale): string {
  const counts = new Map<string, number>();
  for (const source of content.sources) counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
  const kinds = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const label = (kind: string, n: number) => message(locale, `card.kind.${kind as SourceKind}`, { count: n });
  // The four largest kinds, and the rest together when there are more than five.
  const shown = kinds.length > 5 ? kinds.slice(0, 4) : kinds;
  const rest = kinds.slice(shown.length);
  const figuresRow = shown.map(([kind, n]) => ({ value: String(n), label: label(kind, n) }));
  if (rest.length) {
    figuresRow.push({
      value: String(rest.reduce((n, [, m]) => n + m, 0)),
      label: message(locale, 'card.sources.other', { kinds: rest.map(([kind, n]) => lowerFirst(label(kind, n), locale)).join(', ') }),
    });
  }
  return socialCard({
    ...CARD,
    kicker: message(locale, 'page.method'),
    title: message(locale, 'card.sources.title', { count: content.sources.length }),
    takeaway: message(locale, 'card.sources.takeaway'),
    figures: figuresRow,
    credit,
  }, fonts, style.palette);
}
