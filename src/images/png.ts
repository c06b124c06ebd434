/** What the build needs to know of a PNG file without decoding it. */

/** The eight bytes every PNG starts with. */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The last 12 bytes of every whole PNG: the empty IEND chunk and its checksum. */
const END = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const isPng = (png: Uint8Array) => png.length >= 8 && SIGNATURE.every((b, i) => png[i] === b);

/** Width and height from a PNG's bytes: the signature, then the IHDR chunk. Throws if it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!isPng(png)) throw new Error('not a PNG');
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('IHDR is not the first chunk');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** True when `png` starts as a PNG and ends with its IEND chunk: a file not cut short. */
export function isWholePng(png: Uint8Array): boolean {
  return png.length >= 20 && isPng(png) && END.every((b, i) => png[png.length - END.length + i] === b);
}
