/**
 * The site's icon, drawn in the colours of the site's stylesheet: a route that leaves one place
 * and arcs to another, in the page's background colour on a tile of its accent colour. One
 * drawing gives the SVG browsers show in a tab (light or dark as the reader's setting asks) and the
 * PNGs for those that want a bitmap, so the three never drift apart.
 */
import { customProperties, darkSide, lightSide, parseCss } from './imageCss';
import { rasterize } from './raster';

/** The tile and the route drawn on it, in one theme. */
export interface IconTheme { tile: string; mark: string }

export interface IconColours { light: IconTheme; dark: IconTheme }

/**
 * The icon's colours from the site's stylesheet (src/styles/global.css, as text): the tile is
 * `--accent`, the route `--bg`, each on its light and its dark side.
 */
export function iconColours(globalCss: string): IconColours {
  const props = customProperties(parseCss(globalCss));
  const token = (name: string) => {
    const value = props.get(name);
    if (!value) throw new Error(`The site's icon is drawn with ${name}, which the stylesheet does not define`);
    return value;
  };
  const side = (pick: (value: string) => string): IconTheme => ({ tile: pick(token('--accent')), mark: pick(token('--bg')) });
  return { light: side(lightSide), dark: side(darkSide) };
}

/** The drawing's own size: a 32-unit square, so that at 16 px and 32 px each unit falls on a half or whole pixel. */
const SIZE = 32;

export interface IconOptions {
  /**
   * `adaptive` (the SVG file): light colours, and dark ones when the reader's setting asks
   * (a `<style>` inside the SVG, which browsers apply to an icon). `light`: the light colours
   * only, for PNGs, which cannot follow the setting.
   */
  theme?: 'adaptive' | 'light';
  /** A square tile to the edges (the home-screen icon, which the phone rounds itself); else rounded corners. */
  square?: boolean;
}

/** The icon as SVG text. */
export function iconSvg(colours: IconColours, { theme = 'adaptive', square = false }: IconOptions = {}): string {
  const { light, dark } = colours;
  const style = theme === 'adaptive'
    ? `<style>@media (prefers-color-scheme: dark){.tile{fill:${dark.tile}}.mark{fill:${dark.mark};stroke:${dark.mark}}}</style>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    style,
    `<rect class="tile" width="${SIZE}" height="${SIZE}"${square ? '' : ' rx="7"'} fill="${light.tile}"/>`,
    `<g class="mark" fill="${light.mark}" stroke="${light.mark}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">`,
    // Where the route leaves from: a dot low on the left.
    '<circle cx="8" cy="23" r="3.5" stroke="none"/>',
    // The route arcs over to the right, ending in an arrowhead that points down at where it lands.
    '<path d="M8 23C8 12 19 7.5 24 16" fill="none"/>',
    '<path d="M19.5 15.5L24.5 17.5L26 12.5" fill="none"/>',
    '</g>',
    '</svg>',
  ].join('');
}

/**
 * The icon as a PNG `size` pixels square, in the light colours. A square icon is opaque to its
 * edges; a rounded one leaves its corners transparent.
 */
export function iconPng(colours: IconColours, size: number, { square = false }: { square?: boolean } = {}): Buffer {
  return rasterize(iconSvg(colours, { theme: 'light', square }), { width: size });
}
