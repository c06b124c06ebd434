/** A DOM for rendering charts outside a browser: at build time and in tests. */
import { parseHTML } from 'linkedom';

export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
