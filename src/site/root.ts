/**
 * The folder that holds content/. CONTENT_ROOT lets a test or a newsroom build another set of
 * records with the same code.
 */
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env.CONTENT_ROOT ?? process.cwd());
}
