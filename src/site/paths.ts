/** Links that respect the configured base path (BASE_PATH). */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path such as `countries/kosovo/` joined to the base path. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const paths = {
  home: () => href(''),
  countries: () => href('countries/'),
  country: (slug: string) => href(`countries/${slug}/`),
  sources: () => href('sources/'),
  source: (id: string) => href(`sources/#${id}`),
  data: (file: string) => href(`data/${file}`),
  /** Every event, in order: the overview timeline and the full list. */
  events: () => href('events/'),
  /** An event's entry in the list of every event. */
  event: (id: string) => href(`events/#event-${id}`),
  corrections: () => href('corrections/'),
  updates: () => href('updates.xml'),
};

/** A site path (from {@link href} or {@link paths}) as an absolute URL under SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}
