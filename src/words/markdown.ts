/**
 * Markdown to safe HTML. Raw HTML in a record is parsed, then cut down to an allow-list:
 * no scripts, no event handlers, no `javascript:` links, no frames.
 */
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { cached } from '../util/memo';

const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  // Citations are links of the class `cite` (src/words/story.ts); no other class gets through.
  attributes: { ...defaultSchema.attributes, abbr: ['title'], a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), ['className', 'cite']] },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // Drop a <style> element with its text, not just the tag (the default keeps the CSS as text).
  strip: [...(defaultSchema.strip ?? []), 'style'],
};

/** From a Markdown tree to sanitised HTML. */
const toHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  // Heading ids come after sanitising, so they are ours, not an editor's raw HTML.
  .use(rehypeSlug)
  .use(rehypeStringify);

/** The same for a tree with no raw HTML in it, which need not be parsed again as HTML: most records. */
const plainToHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug)
  .use(rehypeStringify);

const parser = unified().use(remarkParse);

function hasRawHtml(node: { type: string; children?: unknown[] }): boolean {
  return node.type === 'html' || (node.children ?? []).some((child) => hasRawHtml(child as { type: string }));
}

/** Renders a Markdown tree (mdast) to sanitised HTML. */
export function renderTree(tree: Root): string {
  const processor = hasRawHtml(tree) ? toHtml : plainToHtml;
  return processor.stringify(processor.runSync(tree)).trim();
}

/** Each text is rendered once per build, however many pages show it. */
const rendered = new Map<string, string>();

/** Renders a Markdown string to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return cached(rendered, markdown, () => renderTree(parser.parse(markdown)));
}

/** Renders Markdown and removes the wrapping paragraph, for short inline texts. */
export function renderInlineMarkdown(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
