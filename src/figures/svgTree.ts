/**
 * A chart's SVG drawing as a plain tree of tags, read with htmlparser2 and written back: what
 * ./stateDrawing.ts lays states over each other with. Ids that name different things in different
 * states are given one id per look.
 */
import { parseDocument } from 'htmlparser2';
import { escapeXml } from '../util/xml';

export interface Tag {
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}
export type Node = Tag | string;
export function toTree(svg: string): Tag {
  const doc = parseDocument(svg, { xmlMode: true });
  const convert = (node: { type: string; name?: string; attribs?: Record<string, string>; children?: unknown[]; data?: string }): Node | undefined => {
    if (node.type === 'text') return node.data ?? '';
    if (node.type !== 'tag') return undefined;
    const children = (node.children ?? []).map((c) => convert(c as Parameters<typeof convert>[0])).filter((c): c is Node => c !== undefined);
    return { name: node.name!, attribs: { ...node.attribs }, children };
  };
  const root = doc.children.map((c) => convert(c as Parameters<typeof convert>[0])).find((c): c is Tag => typeof c !== 'string' && c !== undefined);
  if (!root || root.name !== 'svg') throw new Error('mergeStates: each drawing must be one <svg> element');
  return root;
}

/**
 * Ids that name different things in different states (a clip path fitted to each state's view) get
 * one id per look, and the references in each state follow: the page must not hold an id twice.
 */
export function uniqueIds(roots: Tag[]) {
  const looks = new Map<string, string[]>();
  roots.forEach((root, state) => walk(root, (tag) => {
    const id = tag.attribs.id;
    if (!id || tag === root) return;
    const list = looks.get(id) ?? [];
    list[state] = serialize(tag);
    looks.set(id, list);
  }));
  for (const [id, perState] of looks) {
    const distinct = [...new Set(perState.filter((s) => s !== undefined))];
    if (distinct.length < 2) continue;
    roots.forEach((root, state) => {
      const look = perState[state];
      if (look === undefined) return;
      const renamed = `${id}-v${distinct.indexOf(look)}`;
      walk(root, (tag) => {
        for (const [key, value] of Object.entries(tag.attribs)) {
          if (key === 'id' && value === id) tag.attribs.id = renamed;
          else if (value.includes(`#${id}`) || (key.startsWith('aria-') && value.split(' ').includes(id))) {
            tag.attribs[key] = value.replaceAll(`url(#${id})`, `url(#${renamed})`).replace(new RegExp(`(^|\\s)#?${escapeRegExp(id)}(?=\\s|$)`, 'g'), (m) => m.replace(id, renamed));
          }
        }
      });
    });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function walk(tag: Tag, visit: (t: Tag) => void) {
  visit(tag);
  for (const child of tag.children) if (typeof child !== 'string') walk(child, visit);
}

export function attributes(attribs: Record<string, string>): string {
  return Object.entries(attribs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
}

export function serialize(tag: Tag): string {
  return `<${tag.name}${attributes(tag.attribs)}>${tag.children.map((c) => (typeof c === 'string' ? escapeXml(c) : serialize(c))).join('')}</${tag.name}>`;
}
