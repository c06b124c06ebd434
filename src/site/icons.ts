/**
 * The site's icons, wired to the site: drawn from the colour tokens of src/styles/global.css
 * (src/images/siteIcon.ts) for the endpoints src/pages/favicon.svg.ts, favicon.png.ts and
 * apple-touch-icon.png.ts, at the sizes src/publish/siteFiles.ts links.
 */
import globalCss from '../styles/global.css?raw';
import { iconColours, iconPng, iconSvg } from '../images/siteIcon';
import { SITE_ICONS } from '../publish/siteFiles';

const colours = () => iconColours(globalCss);

/** `/favicon.svg`: light or dark with the reader's setting. */
export const faviconSvg = (): string => iconSvg(colours());

/**
 * A PNG icon at its linked path (`/favicon.png`, `/apple-touch-icon.png`), at the size that link
 * gives. The home-screen icon is square and opaque to its edges: phones round its corners
 * themselves, and would show transparent ones as black or white.
 */
export function iconPngFile(path: string): Buffer {
  const icon = SITE_ICONS.find((i) => i.path === path && i.size);
  if (!icon?.size) throw new Error(`No PNG icon is linked at ${path}`);
  return iconPng(colours(), icon.size, { square: icon.rel === 'apple-touch-icon' });
}
