/** The site's name, shared by the page frame, the social cards and the updates feed. */
export const SITE_NAME = 'Third-country deportations';

/** The updates feed's title, for the feed itself and the `<link rel="alternate">` naming it. */
export const FEED_TITLE = `${SITE_NAME}: updates and corrections`;
