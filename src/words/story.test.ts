import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Country, Source } from '../model/schema';
import { storyBlocks } from './story';

const countries: Country[] = [{
  slug: 'panama', name: 'Panama', iso3: 'PAN', region: 'latin-america', status: 'received', sources: ['nyt'], quotes: [], corrections: [], aliases: [], body: '',
  figures: { received: { value: 300, unit: 'people', approx: true, as_of: parsePartialDate('2025-02'), sources: ['nyt'] } },
}];
const sources: Source[] = [
  { id: 'nyt', title: 'The report', publisher: 'The New York Times', kind: 'article', corrections: [], aliases: [] },
  { id: 'cable', title: 'A cable', publisher: 'US State Department', kind: 'diplomatic-cable', reported_in: 'nyt', corrections: [], aliases: [] },
];
const layout = (md: string) => storyBlocks(md, { countries, sources, sourceHref: (id) => `/sources/#${id}` });

describe('storyBlocks', () => {
  it('splits prose and steps, with each step\'s chart and checked state', () => {
    const { blocks } = layout('Intro.\n\n:::step{#one chart=timeline highlight=panama from=2025-02 to=2025-03}\nStep text.\n:::\n\n## After\n\nMore.');
    expect(blocks.map((b) => b.kind)).toEqual(['prose', 'step', 'prose']);
    expect(blocks[1]).toEqual({ kind: 'step', id: 'one', chart: 'timeline', state: { highlight: ['panama'], from: '2025-02-01', to: '2025-03-31' }, html: '<p>Step text.</p>', aliases: [] });
    expect(blocks[2]).toMatchObject({ html: '<h2 id="after">After</h2>\n<p>More.</p>' });
  });
  it('keeps a step\'s old ids, which still lead to it', () => {
    expect(layout(':::step{#new-id aliases=old-id,older-id chart=map}\nText.\n:::').blocks[0]).toMatchObject({ id: 'new-id', aliases: ['old-id', 'older-id'] });
  });
  it('writes figures as readers see them, vague ones with their qualifier', () => {
    expect(layout('Panama took :fig[panama.received] people.').blocks[0]).toMatchObject({ html: '<p>Panama took about 300 people.</p>' });
  });
  it('writes figures in the story\'s language, the qualifier agreeing with the word after it', () => {
    const es = (md: string) => storyBlocks(md, { countries, sources, sourceHref: (id) => `/es/sources/#${id}`, locale: 'es' }).blocks[0];
    expect(es('Panamá recibió a :fig[panama.received] deportados.')).toMatchObject({ html: '<p>Panamá recibió a unos 300 deportados.</p>' });
    expect(es('Panamá acogió a :fig[panama.received] personas.')).toMatchObject({ html: '<p>Panamá acogió a unas 300 personas.</p>' });
  });
  it('numbers citations in the order they are first made, and links each to its source', () => {
    const { blocks, notes } = layout('A :cite[cable], b :cite[nyt], c :cite[cable].');
    expect(notes.map((n) => [n.n, n.source.id])).toEqual([[1, 'cable'], [2, 'nyt']]);
    expect(blocks[0]).toMatchObject({ html: '<p>A <a href="/sources/#cable" title="A cable (US State Department)" class="cite">[1]</a>, b <a href="/sources/#nyt" title="The report (The New York Times)" class="cite">[2]</a>, c <a href="/sources/#cable" title="A cable (US State Department)" class="cite">[1]</a>.</p>' });
  });
  it('refuses a story that would not pass the check', () => {
    expect(() => layout(':::step{#one chart=pie}\nx\n:::')).toThrow('expected one of deportees, timeline, map, status');
  });
});
