/** The oEmbed answer for one embed, a chart or the tracker (https://oembed.com, type "rich"). */

export interface OembedInput {
  title: string;
  /** The site's name and its home page's absolute URL. */
  provider: { name: string; url: string };
  author: string;
  /** The embed snippet (src/publish/embed.ts) and the height it reserves on wide screens. */
  html: string;
  height: number;
  /** A picture of it (a chart's 1200×675 card; the tracker page's social card), absolute. */
  thumbnail: { url: string; width: number; height: number };
}

export function oembed({ title, provider, author, html, height, thumbnail }: OembedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: provider.name,
    provider_url: provider.url,
    author_name: author,
    html,
    width: 640,
    height,
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
