/**
 * The task piscina runs in each raster worker thread (./raster.ts): one SVG to PNG bytes with the
 * options raster.ts gives, which name the shipped fonts. It is a file of its own, found from the
 * project folder, because piscina loads its tasks from a file and the build bundles raster.ts.
 * A change to how it makes the PNG must raise FORMAT in imageCache.ts.
 */
'use strict';
const { Resvg } = require('@resvg/resvg-js');

/** @param {{ svg: string, options: import('@resvg/resvg-js').ResvgRenderOptions }} task */
module.exports = ({ svg, options }) => {
  try {
    return { png: new Resvg(svg, options).render().asPng() };
  } catch (e) {
    return { error: String((e && e.message) || e) };
  }
};
