/** The oEmbed answer for one embeddable chart (https://oembed.com, type "rich"). */
import { CHARTS } from '../figures/registry';
import { renderFigure } from '../figures/render';
import type { SiteContent } from '../model/content';
import { embedPaths, embedSnippet, reservedHeights, type EmbedTarget } from './embeds';
import { SITE_NAME } from './meta';
import { absoluteUrl, paths } from './paths';

export function oembedFor(target: EmbedTarget, content: SiteContent) {
  const figure = renderFigure(target.chart, content, { id: 'oembed', state: target.state });
  const heights = reservedHeights(figure.wide, figure.narrow);
  return {
    version: '1.0',
    type: 'rich',
    title: CHARTS[target.chart].title(content, target.state),
    provider_name: SITE_NAME,
    provider_url: absoluteUrl(paths.home()),
    author_name: content.story.byline,
    html: embedSnippet(target, figure.title, heights),
    width: 640,
    height: heights.wide,
    thumbnail_url: absoluteUrl(embedPaths.image(target.chart, target.key, 'png')),
    thumbnail_width: 1200,
    thumbnail_height: 675,
  };
}
