/**
 * The change report an editor reads in the terminal, and a desk chief in a pull request: plain
 * text, or Markdown (for the pull request). Sections appear only when something in them changed.
 */
import type { Changes, Change } from './changes';

interface Section { title: string; lines: string[] }

const pair = (c: Change) => (c.before === undefined ? `added: ${c.after}` : c.after === undefined ? `removed: ${c.before}` : `${c.before} → ${c.after}`);

function sections(c: Changes): Section[] {
  return [
    { title: 'Figures', lines: c.figures.map((f) => `${f.country}, ${pair(f)}`) },
    { title: 'Statuses', lines: c.statuses.map((s) => `${s.country}: ${pair(s)}`) },
    { title: 'What the charts say', lines: c.takeaways.map((t) => `${t.key ? `${t.chart} (${t.key})` : `${t.chart}, overview`}: ${pair(t)}`) },
    { title: 'Events', lines: c.events.map((e) => `${e.id}: ${pair(e)}`) },
    { title: 'Sources', lines: c.sources.map((s) => `${s.id}: ${pair(s)}`) },
    { title: 'Story steps', lines: c.steps.map((s) => `#${s.id}: ${pair(s)}`) },
    { title: 'The story\'s text', lines: [...c.sentences.removed.map((t) => `removed: ${t}`), ...c.sentences.added.map((t) => `added: ${t}`)] },
    { title: 'Corrections', lines: c.corrections.map((x) => `${x.record}, ${x.date}: ${x.text}`) },
    {
      title: 'Published addresses',
      lines: [
        ...c.addresses.added.map((p) => `added: ${p}`),
        ...c.addresses.redirected.map((p) => `redirected to its new address: ${p}`),
        ...c.addresses.removed.map((p) => `REMOVED, breaking links and embeds: ${p}`),
      ],
    },
  ].filter((s) => s.lines.length > 0);
}

/** The report as plain text; `from` and `to` say what was compared. */
export function textReport(c: Changes, from: string, to: string): string {
  const body = sections(c).map((s) => [`${s.title}:`, ...s.lines.map((l) => `  ${l}`)].join('\n'));
  return `What changes for readers, from ${from} to ${to}:\n\n${body.length ? body.join('\n\n') : 'Nothing readers see.'}\n`;
}

/** Text safe in a Markdown list item: no HTML, no emphasis or links made by accident. */
const md = (text: string) => text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);

/** The report as Markdown, for a pull request. */
export function markdownReport(c: Changes, from: string, to: string): string {
  const body = sections(c).map((s) => [`### ${s.title}`, '', ...s.lines.map((l) => `- ${md(l)}`)].join('\n'));
  return `## What changes for readers\n\nFrom \`${from}\` to \`${to}\`.\n\n${body.length ? body.join('\n\n') : 'Nothing readers see.'}\n`;
}
