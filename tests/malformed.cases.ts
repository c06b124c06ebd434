/**
 * Malformed records: each case breaks the fixture site in one way and lists the exact lines the
 * check must print (file:line:column field: message). Messages may be checked by their start.
 */
import type { Edits } from './helpers/fixtureSite';
import { replace } from './helpers/fixtureSite';

export interface Case {
  name: string;
  edits: Edits;
  /** Every reported line, in order, each given by its start. */
  expect: string[];
}

const A = 'content/countries/alpha-land.md';
const B = 'content/countries/beta.md';
const E = 'content/events/2025-05-12-beta-answer.md';
const T = 'content/events/2025-02-alpha-takes-300.md';
const S = 'content/sources/memo.yaml';
const STORY = 'content/story/index.md';


/** The fixture site's Spanish, published: a translation of every record with text to translate. */
export const SPANISH: Record<string, string> = {
  'content/languages.yaml': 'es:\n  status: published\n  translator: Ana Pérez\n  reviewer: Luis Gómez\n',
  'content/countries/alpha-land.es.md': '---\nname: Tierra Alfa\n---\nTierra Alfa acogió a **unas 300** personas.\n',
  'content/countries/beta.es.md': '---\nname: Beta\nquotes:\n  - translation: no ha sido fácil\n    speaker: funcionarios de Beta\ncorrections:\n  - text: \'Una versión anterior daba el compromiso como "hasta 60" y decía que <ninguno> había llegado; el memorando dice hasta 50.\'\n---\nLas notas de Beta.\n',
  'content/events/2025-01-20-inauguration.es.md': '---\ntitle: Un nuevo Gobierno asume el cargo\n---\nEl Gobierno asume el cargo.\n',
  'content/events/2025-02-alpha-takes-300.es.md': '---\ntitle: Tierra Alfa acoge a unos 300 deportados\nfigures:\n  - label: deportados acogidos\n---\nTierra Alfa acogió a unos 300 deportados.\n',
  'content/events/2025-05-12-beta-answer.es.md': '---\ntitle: Beta acepta acoger hasta 50\nfigures:\n  - label: personas que Beta acogería\n---\nBeta dijo que acogería hasta 50 personas.\n',
  'content/events/2025-06-alpha-returns.es.md': '---\ntitle: 107 vuelven a su país desde Tierra Alfa\nfigures:\n  - label: personas que volvieron\n---\n107 de ellos volvieron.\n',
  'content/sources/memo.es.yaml': 'title: Memorando sobre Beta\npublisher: Departamento de Seguridad Nacional de EE. UU.\ncorrections:\n  - text: Una versión anterior fechaba el memorando solo en marzo de 2025.\n',
  'content/sources/article.es.yaml': 'title: Un informe sobre los países de prueba\npublisher: Fixture Times\n',
  'content/sources/cable-march.es.yaml': 'title: Cable sobre la respuesta de Alfa\npublisher: Departamento de Estado de EE. UU.\n',
  'content/story/index.es.md': '---\ntitle: El reportaje de prueba\nstandfirst: Un reportaje breve para las pruebas.\ndescription: Un reportaje breve para las pruebas.\nbyline: Mesa de pruebas\n---\n## Primera sección\n\nTexto con un [enlace](https://example.com).\n\n## Segunda sección\n\nMás texto.\n',
};

export const CASES: Case[] = [
  // YAML syntax
  {
    name: 'a tab used for indentation',
    edits: { [A]: replace('  received:\n    value: 300', '  received:\n\tvalue: 300') },
    expect: [`${A}:8:1 YAML syntax: a tab is used to indent`],
  },
  {
    name: 'a field written twice',
    edits: { [A]: replace('region: latin-america\n', 'region: latin-america\nregion: europe\n') },
    expect: [`${A}:5:1 YAML syntax: this field is written twice`],
  },
  {
    name: 'an unclosed quotation mark',
    edits: { [B]: replace('name: Beta', 'name: "Beta') },
    expect: [`${B}:2:7 YAML syntax: a closing quotation mark or bracket is missing`],
  },
  {
    name: 'an unclosed bracket',
    edits: { [B]: replace('sources: [memo, article]', 'sources: [memo, article') },
    expect: [`${B}:13:10 YAML syntax: a closing quotation mark or bracket is missing`],
  },
  {
    name: 'a colon followed by a space in a value',
    edits: { [B]: replace('name: Beta', 'name: Testland: the land') },
    expect: [`${B}:2:7 YAML syntax: the value contains a colon followed by a space; put the whole value in "double quotes"`],
  },
  {
    name: 'several YAML syntax errors and a wrong word in one file',
    edits: {
      [B]: (t) => replace('name: Beta', 'name: Beta: the land')(t)
        .replace('region: europe\nstatus: agreed', 'region: europe\nregion: asia\nstatus: agred')
        .replace('sources: [memo, article]', 'sources: [memo, article'),
    },
    expect: [
      `${B}:2:7 YAML syntax: the value contains a colon followed by a space`,
      `${B}:5:1 YAML syntax: this field is written twice`,
      `${B}:6:9 status: expected one of received, transit, agreed, destination, negotiating, considering, approached, targeted, declined, found "agred" (did you mean "agreed"?)`,
      `${B}:14:10 YAML syntax: a closing quotation mark or bracket is missing`,
    ],
  },
  {
    name: 'a tab, a wrong word and a broken reference in one file',
    edits: {
      [A]: (t) => replace('  received:\n    value: 300', '  received:\n\tvalue: 300')(t)
        .replace('status: received', 'status: recieved')
        .replace('sources: [article]\n---', 'sources: [articel]\n---'),
    },
    expect: [
      `${A}:5:9 status: expected one of received, transit, agreed, destination, negotiating, considering, approached, targeted, declined, found "recieved" (did you mean "received"?)`,
      `${A}:8:1 YAML syntax: a tab is used to indent`,
      `${A}:16:11 sources[0]: no source "articel": expected a file content/sources/articel.yaml, found none. Did you mean "article"?`,
    ],
  },
  {
    name: 'uneven indentation',
    edits: { [A]: replace('    as_of: 2025-02\n', '      as_of: 2025-02\n') },
    expect: [`${A}:9:13 YAML syntax: a field name is followed by something that is not a value`],
  },
  {
    name: 'no closing front matter line',
    edits: { [B]: (t) => t.replace(/\n---\nBeta's notes\.\n$/, "\nBeta's notes.\n") },
    expect: [`${B}:1:1 expected a second "---" line closing the fields`],
  },
  {
    name: 'no front matter at all',
    edits: { [B]: 'Just some text.\n' },
    expect: [`${B}:1:1 expected the file to start with a line "---"`],
  },
  // Wrong types and missing fields
  {
    name: 'a number written in words',
    edits: { [E]: replace('    value: 50\n', '    value: fifty\n') },
    expect: [`${E}:8:12 figures[0].value: expected a whole number, found "fifty"`],
  },
  {
    name: 'a fractional count',
    edits: { [A]: replace('value: 107', 'value: 107.5') },
    expect: [`${A}:13:12 figures.returned.value: expected a whole number, found 107.5`],
  },
  {
    name: 'a negative count',
    edits: { [A]: replace('value: 300', 'value: -300') },
    expect: [`${A}:8:12 figures.received.value: expected zero or more, found -300`],
  },
  {
    name: 'a missing name',
    edits: { [B]: replace('name: Beta\n', '') },
    expect: [`${B}:2:1 name: is missing: expected the country's name in English`],
  },
  {
    name: 'an empty title',
    edits: { [E]: replace('title: Beta agrees to take up to 50', 'title: ""') },
    expect: [`${E}:5:8 title: expected a headline-style title, found an empty value`],
  },
  {
    name: 'sources written as one word instead of a list',
    edits: { [B]: replace('sources: [memo, article]', 'sources: memo') },
    expect: [`${B}:13:10 sources: expected a list of source ids, like [a, b], found "memo"`],
  },
  {
    name: 'an empty source list',
    edits: { [T]: replace('sources: [article]', 'sources: []') },
    expect: [`${T}:10:10 sources: expected at least one of source ids, found an empty list`],
  },
  {
    name: 'a misspelt field name',
    edits: { [B]: replace('sources: [memo, article]', 'soruces: [memo, article]') },
    expect: [
      `${B}:2:1 sources: is missing: expected a list of source ids`,
      `${B}:13:1 soruces: is not a field this record can have (did you mean "sources"?)`,
    ],
  },
  {
    name: 'approx written as yes in quotes',
    edits: { [A]: replace('approx: true', 'approx: "yes"') },
    expect: [`${A}:9:13 figures.received.approx: expected true or false, found "yes"`],
  },
  {
    name: 'a qualifier on an exact figure',
    edits: { [E]: replace('    approx: true\n', '') },
    expect: [`${E}:7:5 figures[0].approx: expected approx: true, because "up to" means the number is not exact`],
  },
  {
    name: 'a lowercase country code',
    edits: { [B]: replace('iso3: BEL', 'iso3: bel') },
    expect: [`${B}:3:7 iso3: expected three capital letters (ISO 3166-1 alpha-3, like "CRI"; Kosovo uses "XKX"), found "bel"`],
  },
  {
    name: 'a country code that is not ISO 3166-1, for a country the table knows by name',
    edits: { [A]: replace('name: Alpha Land\niso3: ARG', 'name: Costa Rica\niso3: CRC') },
    expect: [`${A}:3:7 iso3: expected an ISO 3166-1 alpha-3 code such as "CRI" (XKX for Kosovo), found "CRC" (did you mean "CRI", Costa Rica?)`],
  },
  {
    name: 'a made-up country code',
    edits: { [B]: replace('iso3: BEL', 'iso3: XYZ') },
    expect: [`${B}:3:7 iso3: expected an ISO 3166-1 alpha-3 code such as "CRI" (XKX for Kosovo), found "XYZ"`],
  },
  {
    name: 'map: written as something other than false',
    edits: { [A]: replace('iso3: ARG\n', 'iso3: ARG\nmap: no\n') },
    expect: [`${A}:4:6 map: expected false to leave the country off the map (or no map: line at all), found "no"`],
  },
  {
    name: 'a non-https source URL',
    edits: { ['content/sources/article.yaml']: replace('url: https://example.com/report', 'url: javascript:alert(1)') },
    expect: ['content/sources/article.yaml:5:6 url: expected a web address starting with https://, found "javascript:alert(1)"'],
  },
  // Impossible dates
  {
    name: 'the 30th of February',
    edits: { [E]: replace('date: 2025-05-12', 'date: 2025-02-30') },
    expect: [`${E}:2:7 date: expected a day that exists, found "2025-02-30": February 2025 has 28 days`],
  },
  {
    name: 'a thirteenth month',
    edits: { [T]: replace('date: 2025-02', 'date: 2025-13') },
    expect: [`${T}:2:7 date: expected a month from 01 to 12, found "13" in "2025-13"`],
  },
  {
    name: 'a date written in words',
    edits: { [A]: replace('as_of: 2025-02', 'as_of: February 2025') },
    expect: [`${A}:10:12 figures.received.as_of: expected a date written YYYY-MM-DD, YYYY-MM, "YYYY-MM early|mid|late", or two of those joined by "/" for "some time between", found "February 2025"`],
  },
  {
    name: 'a year written as a number',
    edits: { [S]: replace('date: 2025-02/2025-04', 'date: 2025') },
    expect: [`${S}:4:7 date: expected a date written YYYY-MM-DD`],
  },
  {
    name: 'a date outside the story period',
    edits: { [E]: replace('date: 2025-05-12', 'date: 2025-07-12') },
    expect: [
      `${E}:2:7 date: expected the file name to start with "2025-07-12-"`,
      `${E}:2:7 date: expected a date within the story's period (2025-01 to 2025-06, set in content/story/index.md), found "2025-07-12"`,
    ],
  },
  // Unknown vocabulary
  {
    name: 'a misspelt status',
    edits: { [B]: replace('status: agreed', 'status: agred') },
    expect: [`${B}:5:9 status: expected one of received, transit, agreed, destination, negotiating, considering, approached, targeted, declined, found "agred" (did you mean "agreed"?)`],
  },
  {
    name: 'an unknown event type',
    edits: { [T]: replace('type: transfer', 'type: deportation') },
    expect: [`${T}:3:7 type: expected one of milestone, request,`],
  },
  {
    name: 'an unknown region',
    edits: { [A]: replace('region: latin-america', 'region: south-america') },
    expect: [`${A}:4:9 region: expected one of latin-america, europe, central-asia, south-east-asia, africa, found "south-america"`],
  },
  {
    name: 'an unknown source kind',
    edits: { [S]: replace('kind: dhs-memo', 'kind: memo') },
    expect: [`${S}:3:7 kind: expected one of article, diplomatic-cable, dhs-memo,`],
  },
  // Dangling references and duplicates
  {
    name: 'an event naming a country that has no file',
    edits: { [E]: replace('countries: [beta]', 'countries: [betta]') },
    expect: [
      `${B}:5:9 status: expected an event of type agreement or pledge naming beta`,
      `${E}:4:13 countries[0]: no country "betta": expected a file content/countries/betta.md, found none. Did you mean "beta"?`,
    ],
  },
  {
    name: 'a figure citing a source that has no file',
    edits: { [A]: replace('sources: [cable-march]', 'sources: [cable-may]') },
    expect: [`${A}:15:15 figures.returned.sources[0]: no source "cable-may": expected a file content/sources/cable-may.yaml, found none.`],
  },
  {
    name: 'a country with a wrong word citing sources that have no file',
    edits: {
      [B]: (t) => replace('status: agreed', 'status: agred')(t).replace('    sources: [memo]', '    sources: [memos]').replace('    source: memo', '    source: memos'),
    },
    expect: [
      `${B}:5:9 status: expected one of received, transit, agreed`,
      `${B}:12:15 figures.pledged.sources[0]: no source "memos": expected a file content/sources/memos.yaml, found none. Did you mean "memo"?`,
      `${B}:17:13 quotes[0].source: no source "memos"`,
    ],
  },
  {
    name: 'an event with a number in words naming a country and a source that have no file',
    edits: {
      [E]: (t) => replace('countries: [beta]', 'countries: [betta]')(t).replace('    value: 50\n', '    value: fifty\n').replace('sources: [memo]', 'sources: [mem]'),
    },
    expect: [
      `${E}:4:13 countries[0]: no country "betta": expected a file content/countries/betta.md, found none. Did you mean "beta"?`,
      `${E}:8:12 figures[0].value: expected a whole number, found "fifty"`,
      `${E}:11:11 sources[0]: no source "mem": expected a file content/sources/mem.yaml, found none. Did you mean "memo"?`,
    ],
  },
  {
    name: 'a quote citing a source that has no file',
    edits: { [B]: replace('    source: memo', '    source: memos') },
    expect: [`${B}:17:13 quotes[0].source: no source "memos"`],
  },
  {
    name: 'reported_in pointing nowhere',
    edits: { [S]: replace('reported_in: article', 'reported_in: articel') },
    expect: [`${S}:5:14 reported_in: no source "articel": expected a file content/sources/articel.yaml, found none. Did you mean "article"?`],
  },
  {
    name: 'reported_in pointing at itself',
    edits: { [S]: replace('reported_in: article', 'reported_in: memo') },
    expect: [`${S}:5:14 reported_in: expected another source, found this source itself`],
  },
  {
    name: 'two countries with the same code',
    edits: { [B]: replace('iso3: BEL', 'iso3: ARG') },
    expect: [`${B}:3:7 iso3: expected a code no other country has, found "ARG", already used by ${A}`],
  },
  // Cross-record rules
  {
    name: 'more returned than received',
    edits: { [A]: replace('value: 107', 'value: 301') },
    expect: [`${A}:13:12 figures.returned.value: expected no more than the 300 received, found 301`],
  },
  {
    name: 'a received figure with no transfer or flight event',
    edits: { [T]: null },
    expect: [`${A}:7:3 figures.received: expected a transfer or flight event in content/events/ naming alpha-land`],
  },
  {
    name: 'a status with no event to back it',
    edits: { [E]: replace('type: agreement', 'type: meeting') },
    expect: [`${B}:5:9 status: expected an event of type agreement or pledge naming beta, because the status is "agreed"; found none`],
  },
  {
    name: 'a received status without a received figure',
    edits: { [B]: replace('status: agreed', 'status: received') },
    expect: [`${B}:5:9 status: expected a "received" figure under figures:, because the status is "received"`],
  },
  {
    name: 'an event file named for another date',
    edits: { [E]: replace('date: 2025-05-12', 'date: 2025-05-13') },
    expect: [`${E}:2:7 date: expected the file name to start with "2025-05-13-", the event's date as written, found "2025-05-12-beta-answer.md"`],
  },
  {
    name: 'an event without a summary',
    edits: { [E]: (t) => t.replace(/---\n[^-]*$/, '---\n') },
    expect: [`${E}:13:1 expected a summary of the event in Markdown below the closing "---" line, found none`],
  },
  {
    name: 'an event with no country that is not a milestone',
    edits: { [T]: replace('countries: [alpha-land]\n', '') },
    expect: [`${T}:2:1 countries: expected at least one country id: only a milestone may involve no country`],
  },
  // Files
  {
    name: 'an empty file',
    edits: { [B]: '' },
    expect: [`${B}:1:1 the file is empty`],
  },
  {
    name: 'a byte-order mark',
    edits: { [B]: (t) => `\ufeff${t}` },
    expect: [`${B}:1:1 the file starts with an invisible byte-order mark`],
  },
  {
    name: 'Windows line endings',
    edits: { [B]: (t) => t.replace(/\n/g, '\r\n') },
    expect: [`${B}:1:4 the file has Windows line endings (CR LF)`],
  },
  {
    name: 'invalid UTF-8',
    edits: { [B]: Buffer.concat([Buffer.from('---\nname: Beta\nregion: '), Buffer.from([0xe9, 0x75]), Buffer.from('rope\n---\n')]) },
    expect: [`${B}:3:9 the file is not valid UTF-8 text here`],
  },
  {
    name: 'a record in the wrong folder',
    edits: { 'content/countries/2025-06-beta-visit.md': '---\ndate: 2025-06\n---\n' },
    expect: ['content/countries/2025-06-beta-visit.md:1:1 the file name is not allowed here: name it after the country\'s slug, lowercase words joined by hyphens, e.g. costa-rica.md; it looks like a record for content/events/: move it there'],
  },
  {
    name: 'a source saved as Markdown',
    edits: { 'content/sources/extra.md': '---\ntitle: x\n---\n' },
    expect: ['content/sources/extra.md:1:1 expected a .yaml file in content/sources/, found "extra.md"; such files belong in content/countries/ or content/events/ or content/story/'],
  },
  {
    name: 'a file name with capitals and spaces',
    edits: { 'content/countries/Costa Rica.md': '---\nname: Costa Rica\n---\n' },
    expect: ['content/countries/Costa Rica.md:1:1 the file name is not allowed here: name it after the country\'s slug'],
  },
  {
    name: 'a file over 1 MB',
    edits: { [B]: (t) => `${t}\n${'x'.repeat(5_000_000)}\n` },
    expect: [`${B}:1:1 the file is 5.0 MB; a record must be under 1 MB`],
  },
  {
    name: 'the story file missing',
    edits: { [STORY]: null },
    expect: [`${STORY}:1:1 the story file is missing`],
  },
  {
    name: 'a story period that is not a period',
    edits: { [STORY]: replace('period:\n  from: 2025-01\n  to: 2025-06\n', 'period: 2025\n') },
    expect: [`${STORY}:7:9 period: expected a group of fields, found 2025`],
  },
  // The story's directives
  ...storyCases(),
  // Found by the content fuzzer (tests/fuzz.test.ts)
  ...fuzzCases(),
  // Translations (src/validation/translations.ts): on a site whose Spanish is published, complete.
  {
    name: 'the fixture site with its whole Spanish translation, published',
    edits: { ...SPANISH },
    expect: [],
  },
  {
    name: 'an untranslated field, in a published language',
    edits: { ...SPANISH, [`${B.slice(0, -3)}.es.md`]: SPANISH[`${B.slice(0, -3)}.es.md`].replace('  - translation: no ha sido fácil\n    speaker:', '  - speaker:') },
    expect: [`${B.slice(0, -3)}.es.md:1:1 quotes[0].translation: untranslated: expected the Spanish for "not come easily"`],
  },
  {
    name: 'a record with no translation, in a published language',
    edits: { ...SPANISH, 'content/events/2025-06-alpha-returns.es.md': null },
    expect: [
      'content/events/2025-06-alpha-returns.es.md:1:1 title: untranslated: expected the Spanish for "107 return home from Alpha Land"',
      'content/events/2025-06-alpha-returns.es.md:1:1 figures[0].label: untranslated: expected the Spanish for "people returned"',
      'content/events/2025-06-alpha-returns.es.md:1:1 text: untranslated: expected the Spanish of the Markdown below the English record\'s fields',
    ],
  },
  {
    name: 'a translation that changes a number of the English',
    edits: { ...SPANISH, 'content/countries/alpha-land.es.md': SPANISH['content/countries/alpha-land.es.md'].replace('**unas 300**', '**unas 310**') },
    expect: ['content/countries/alpha-land.es.md:4:1 text: numbers differ from the English: a translation keeps every number as the English gives it (English: 300; translation: 310)'],
  },
  {
    name: 'a number in a translation',
    edits: { ...SPANISH, [`${B.slice(0, -3)}.es.md`]: SPANISH[`${B.slice(0, -3)}.es.md`].replace('name: Beta\n', 'name: Beta\nfigures:\n  pledged:\n    value: 60\n') },
    expect: [`${B.slice(0, -3)}.es.md:5:5 figures.pledged.value: is not text a translation gives: a translation holds only name, status_note, figures.*.label, figures.*.note, quotes.*.translation, quotes.*.speaker, quotes.*.role, corrections.*.text; numbers, dates, statuses and sources stay in the English record`],
  },
  {
    name: 'a translation of a figure the record does not have',
    edits: { ...SPANISH, [`${B.slice(0, -3)}.es.md`]: SPANISH[`${B.slice(0, -3)}.es.md`].replace('name: Beta\n', 'name: Beta\nfigures:\n  received:\n    note: Nota.\n') },
    expect: [`${B.slice(0, -3)}.es.md:5:5 figures.received.note: has no English to translate: ${B} has no figures.received.note`],
  },
  {
    name: 'a translation of a record that does not exist',
    edits: { ...SPANISH, 'content/countries/gamma.es.md': '---\nname: Gamma\n---\nGamma.\n' },
    expect: ['content/countries/gamma.es.md:1:1 translates content/countries/gamma.md, which does not exist'],
  },
  {
    name: "mismatched steps: a translated story without one of the English story's steps",
    edits: {
      ...SPANISH,
      [STORY]: (t: string) => `${t}\n:::step{#one chart=map}\nA :fig[beta.pledged].\n:::\n\n:::step{#two chart=map}\nB.\n:::\n`,
      'content/story/index.es.md': `${SPANISH['content/story/index.es.md']}\n:::step{#two chart=map}\nB.\n:::\n`,
    },
    expect: ['content/story/index.es.md:15:1 steps: mismatched steps: the Spanish must have the English story\'s steps in the same order, with the same ids; expected step #one here, found step #two'],
  },
  {
    name: 'mismatched steps: a translated step that cites another figure',
    edits: {
      ...SPANISH,
      [STORY]: (t: string) => `${t}\n:::step{#one chart=map}\nA :fig[beta.pledged].\n:::\n`,
      'content/story/index.es.md': `${SPANISH['content/story/index.es.md']}\n:::step{#one chart=map}\nA :fig[alpha-land.received].\n:::\n`,
    },
    expect: ['content/story/index.es.md:15:1 steps: mismatched steps: step #one must cite the same figures and sources as the English, in the same order (English: fig:beta.pledged; Spanish: fig:alpha-land.received)'],
  },
  {
    name: 'mismatched steps: a translated step that sets its chart another way',
    edits: {
      ...SPANISH,
      [STORY]: (t: string) => `${t}\n:::step{#one chart=map highlight=beta}\nA.\n:::\n`,
      'content/story/index.es.md': `${SPANISH['content/story/index.es.md']}\n:::step{#one chart=deportees highlight=alpha-land}\nA.\n:::\n`,
    },
    expect: ['content/story/index.es.md:15:1 steps: mismatched steps: step #one must set its chart as the English does, its line copied as it is: expected :::step{#one chart=map highlight=beta}'],
  },
  {
    name: 'a translated field that is not words',
    edits: { ...SPANISH, 'content/countries/alpha-land.es.md': SPANISH['content/countries/alpha-land.es.md'].replace('name: Tierra Alfa', 'name: [Tierra, Alfa]') },
    expect: [
      'content/countries/alpha-land.es.md:2:7 name: untranslated: expected the Spanish text for "Alpha Land", found none',
      'content/countries/alpha-land.es.md:2:8 name[0]: is not text a translation gives',
      'content/countries/alpha-land.es.md:2:16 name[1]: is not text a translation gives',
    ],
  },
  {
    name: 'a number typed by hand in the translated story, which a date in Spanish is not',
    edits: { ...SPANISH, 'content/story/index.es.md': SPANISH['content/story/index.es.md'].replace('Más texto.', 'El 12 de marzo, 300 personas.') },
    expect: [
      'content/story/index.es.md:7:1 text: numbers differ from the English: a translation keeps every number as the English gives it (English: none; translation: 12, 300)',
      'content/story/index.es.md:13:17 the number "300" looks typed by hand: write it as :fig[country.figure]',
    ],
  },
  {
    name: 'a published language without its reviewer',
    edits: { ...SPANISH, 'content/languages.yaml': 'es:\n  status: published\n  translator: Ana Pérez\n' },
    expect: ["content/languages.yaml:2:3 es.reviewer: expected the reviewer's name: a published language credits its reviewer on every page"],
  },
  {
    name: 'a language in a status that does not exist',
    edits: { 'content/languages.yaml': 'es:\n  status: ready\n' },
    expect: ['content/languages.yaml:2:11 es.status: expected one of draft, published, found "ready"'],
  },
];

/** Records the content fuzzer broke the check with: each was a crash, a hang or a malformed report. */
function fuzzCases(): Case[] {
  return [
    {
      name: 'a line break inside a quoted date stays on its report line',
      edits: { [E]: replace('date: 2025-05-12', 'date: "2025-05-12\\n"') },
      expect: [`${E}:2:7 date: expected a date written YYYY-MM-DD, YYYY-MM, "YYYY-MM early|mid|late", or two of those joined by "/" for "some time between" without extra spaces, found "2025-05-12\\n"`],
    },
    {
      name: 'a tab in a file name, and an invisible space in a field name, are shown',
      edits: { 'content/countries/tab\there.md': '---\nname: x\n---\n', [S]: replace('publisher:', '"pub\\u200Blisher":') },
      expect: [
        "content/countries/tab\\there.md:1:1 the file name is not allowed here: name it after the country's slug",
        `${S}:1:1 publisher: is missing: expected who published or wrote it`,
        `${S}:2:1 pub\\u200Blisher: is not a field this record can have (did you mean "publisher"?)`,
      ],
    },
    {
      name: 'a link to a file that does not exist, a link to itself, and a file name that is not UTF-8',
      edits: {
        'content/sources/gone.yaml': { link: 'nowhere.yaml' },
        'content/sources/loop.yaml': { link: 'loop.yaml' },
        'content/countries/name.md': { rawName: Buffer.from([0x63, 0xf4, 0x74, 0x65, 0x2e, 0x6d, 0x64]), content: '---\nname: x\n---\n' },
      },
      expect: [
        'content/countries/c\ufffdte.md:1:1 the file name is not valid UTF-8 text (was it made on another system?): rename it',
        'content/sources/gone.yaml:1:1 is a link to a file that does not exist: replace it with the record file itself',
        'content/sources/loop.yaml:1:1 is a link that leads back to itself: replace it with the record file itself',
      ],
    },
    {
      name: 'a file where a content folder should be',
      edits: { 'content/story': '---\ntitle: x\n---\n' },
      expect: [
        'content/story:1:1 is a file: expected a folder content/story/ holding .md files named after index.md',
        `${STORY}:1:1 the story file is missing`,
      ],
    },
    {
      name: 'fields nested thousands deep (the YAML parser ran out of stack)',
      edits: { [A]: replace('sources: [cable-march]', `sources:\n      ${'- '.repeat(20_000)}cable-march`) },
      expect: [`${A}:16:63 the fields are nested more than 32 levels deep here (indentation, dashes or brackets inside each other)`],
    },
    {
      name: 'lists nested thousands deep in the story (the Markdown parser took minutes)',
      edits: { [STORY]: replace('Some prose with a [link](https://example.com).', `${'* '.repeat(10_000)}deep`) },
      expect: [`${STORY}:14:63 the text is nested more than 32 levels deep here (quotes, lists, steps, brackets or runs of * and _ inside each other)`],
    },
    {
      name: 'an alias to no anchor',
      edits: { [B]: replace('sources: [memo, article]', 'sources: [memo, *articles]') },
      expect: [`${B}:13:17 YAML syntax: "*articles" repeats the value marked "&articles", but no value above is marked so; write the value itself`],
    },
    {
      name: 'aliases repeating values thousands of times',
      edits: { [S]: (t) => `${t}notes: [&a [x,x,x,x,x,x,x,x,x], &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]]\n` },
      expect: [`${S}:9:37 YAML syntax: aliases such as "*a" repeat values too many times; write the values themselves`],
    },
    {
      name: 'thirty thousand fields that do not exist',
      edits: { [S]: (t) => `${t}${Array.from({ length: 30_000 }, (_, i) => `k${i}: v\n`).join('')}` },
      expect: Array.from({ length: 30_000 }, (_, i) => `${S}:${i + 9}:1 k${i}: is not a field this record can have (allowed here: title, publisher`),
    },
    {
      name: 'a field written twice after thirty thousand others',
      edits: { [S]: (t) => `${t}notes:\n${Array.from({ length: 30_000 }, (_, i) => `  k${i}: v\n`).join('')}  k0: w\n` },
      expect: [
        `${S}:9:1 notes: expected a note for readers, found a group of fields`,
        `${S}:30010:3 YAML syntax: this field is written twice; keep one (Map keys must be unique)`,
      ],
    },
    {
      name: 'a list used as a field name (yaml printed a warning)',
      edits: { [S]: (t) => `${t}? [a, b]\n: c\n` },
      expect: [`${S}:1:1 [ a, b ]: is not a field this record can have (allowed here: title, publisher`],
    },
    {
      name: 'a megabyte of closing brackets (a million syntax errors took 8 s)',
      edits: { [S]: ']'.repeat(990_000) },
      expect: [`${S}:1:1 YAML syntax: something unexpected is written here; check the quotation marks, colons and dashes`],
    },
    {
      name: 'an event without a summary whose file ends at the closing line',
      edits: { [E]: (t) => t.replace(/---\n[^-]*$/, '---') },
      expect: [`${E}:12:1 expected a summary of the event in Markdown below the closing "---" line, found none`],
    },
    {
      name: 'a source id of 900,000 letters (seconds spent finding a close id)',
      edits: { [STORY]: replace('sources: [article]', `sources: [${'a'.repeat(900_000)}]`) },
      expect: [`${STORY}:10:11 sources[0]: no source "${'a'.repeat(900_000)}": expected a file content/sources/${'a'.repeat(900_000)}.yaml, found none.`],
    },
    {
      name: 'a step showing statuses and types named like built-in properties',
      edits: { [STORY]: replace('## First section\n\nSome prose with a [link](https://example.com).', ':::step{#one chart=timeline statuses=constructor types=flight,toString}\nText.\n:::') },
      expect: [
        `${STORY}:12:29 step #one statuses: expected one of received, transit, agreed, destination, negotiating, considering, approached, targeted, declined, found "constructor"`,
        `${STORY}:12:50 step #one types: expected one of milestone, request, meeting, cable, memo, deadline, negotiation, consideration, pledge, agreement, refusal, flight, transfer, detention, return, payment, release, lawsuit, statement, found "toString"`,
      ],
    },
    {
      name: 'a figure named like a built-in property, without a label',
      edits: { [B]: replace('  pledged:', '  constructor:') },
      expect: [`${B}:7:3 figures.constructor: expected a label for the figure "constructor": only received, returned, pledged have a meaning of their own`],
    },
  ];
}

function storyCases(): Case[] {
  const body = (text: string) => replace('## First section\n\nSome prose with a [link](https://example.com).', text);
  // The fixture story's body starts on line 12 of the file.
  return [
    {
      name: 'a step with an unknown chart',
      edits: { [STORY]: body(':::step{#one chart=pie}\nText.\n:::') },
      expect: [`${STORY}:12:14 step #one chart: expected one of deportees, timeline, map, status, found "pie"`],
    },
    {
      name: 'a step highlighting a country that has no file',
      edits: { [STORY]: body(':::step{#one chart=map highlight=beta,gamma}\nText.\n:::') },
      expect: [`${STORY}:12:24 step #one highlight: no country "gamma": expected a file content/countries/gamma.md, found none.`],
    },
    {
      name: 'a step with an impossible date',
      edits: { [STORY]: body(':::step{#one chart=timeline from=2025-02-30}\nText.\n:::') },
      expect: [`${STORY}:12:29 step #one from: expected a day that exists, found "2025-02-30": February 2025 has 28 days`],
    },
    {
      name: 'a step setting with a mistake far along its line',
      edits: { [STORY]: body(':::step{#one chart=timeline country=beta from=2025-03 to=2025-13}\nText.\n:::') },
      expect: [`${STORY}:12:55 step #one to: expected a month from 01 to 12, found "13" in "2025-13"`],
    },
    {
      name: 'a map step with settings the map does not use',
      edits: { [STORY]: body(':::step{#one chart=map country=beta from=2025-03}\nText.\n:::') },
      expect: [
        `${STORY}:12:24 step #one country: the map does not use "country"; a map step may set highlight, statuses`,
        `${STORY}:12:37 step #one from: the map does not use "from"; a map step may set highlight, statuses`,
      ],
    },
    {
      name: 'a deportees step with a timeline setting',
      edits: { [STORY]: body(':::step{#one chart=deportees highlight=beta to=2025-05}\nText.\n:::') },
      expect: [`${STORY}:12:45 step #one to: the deportees chart does not use "to"; a deportees step may set highlight, countries, statuses`],
    },
    {
      name: 'a step setting that does not exist',
      edits: { [STORY]: body(':::step{#one chart=map hightlight=beta}\nText.\n:::') },
      expect: [`${STORY}:12:24 step #one: "hightlight" is not a step setting (did you mean "highlight"?)`],
    },
    {
      name: 'a step without an id',
      edits: { [STORY]: body(':::step{chart=map}\nText.\n:::') },
      expect: [`${STORY}:12:1 step: expected an id for the step`],
    },
    {
      name: 'two steps with the same id',
      edits: { [STORY]: body(':::step{#one chart=map}\nText.\n:::\n\n:::step{#one chart=status}\nMore.\n:::') },
      expect: [`${STORY}:16:9 step #one: expected an id no other step has, found "one" twice`],
    },
    {
      name: 'a step named like a heading',
      edits: { [STORY]: body(':::step{#second-section chart=map}\nText.\n:::') },
      expect: [`${STORY}:12:9 step #second-section: expected an id no heading has, found "second-section", the id of the heading "Second section"`],
    },
    {
      name: 'a step named like a country',
      edits: { [STORY]: body(':::step{#beta chart=timeline country=beta}\nText.\n:::') },
      expect: [`${STORY}:12:9 step #beta: expected an id that is not a country's slug, found "beta"`],
    },
    {
      name: 'a figure that does not exist',
      edits: { [STORY]: body('Alpha took :fig[alpha-land.recieved] people.') },
      expect: [`${STORY}:12:12 fig: no figure "recieved" in content/countries/alpha-land.md: expected one of received, returned (did you mean "received"?)`],
    },
    {
      name: 'a citation of a source that does not exist',
      edits: { [STORY]: body('As reported :cite[artcle].') },
      expect: [`${STORY}:12:13 cite: no source "artcle": expected a file content/sources/artcle.yaml, found none. Did you mean "article"?`],
    },
    {
      name: 'an unknown directive',
      edits: { [STORY]: body('A :chart[map] here.') },
      expect: [`${STORY}:12:3 unknown directive ":chart": expected :::step{…}, :fig[country.figure] or :cite[source-id]`],
    },
    {
      name: 'a number typed by hand in the story',
      edits: { [STORY]: body('On 12 May 2025, the 3rd answer: Alpha took about 300 people.') },
      expect: [`${STORY}:12:50 the number "300" looks typed by hand: write it as :fig[country.figure]`],
    },
    // The story's key events
  {
    name: 'a key event that does not exist',
    edits: { [STORY]: replace('sources: [article]\n', 'sources: [article]\nkey_events: [2025-05-12-beta-answr]\n') },
    expect: [`${STORY}:11:14 key_events[0]: no event "2025-05-12-beta-answr": expected a file content/events/2025-05-12-beta-answr.md, found none. Did you mean "2025-05-12-beta-answer"?`],
  },
  {
    name: 'a key event known only to the month',
    edits: { [STORY]: replace('sources: [article]\n', 'sources: [article]\nkey_events:\n  - 2025-02-alpha-takes-300\n') },
    expect: [`${STORY}:12:5 key_events[0]: expected an event dated to the day, since the timeline marks a key event with a line at its day; "2025-02-alpha-takes-300" is dated "2025-02"`],
  },
  {
    name: 'a key event that is not an event id',
    edits: { [STORY]: replace('sources: [article]\n', 'sources: [article]\nkey_events:\n  - kosovo-answer\n') },
    expect: [`${STORY}:12:5 key_events[0]: expected the id of an event: its date then a slug, like "2025-03-12-cable-nine-target-nations", found "kosovo-answer"`],
  },
  // Old names (aliases) of renamed records
  {
    name: 'an old name that a record has now',
    edits: { [A]: replace('sources: [article]\n---', 'sources: [article]\naliases: [beta]\n---') },
    expect: [`${A}:17:11 aliases[0]: expected an old name no country has now, found "beta", the name of content/countries/beta.md: an old name only redirects to this record once no file has it`],
  },
  {
    name: 'an old name two records give',
    edits: {
      [A]: replace('sources: [article]\n---', 'sources: [article]\naliases: [gamma]\n---'),
      [B]: replace('sources: [memo, article]\n', 'sources: [memo, article]\naliases: [gamma]\n'),
    },
    expect: [`${B}:14:11 aliases[0]: expected an old name no other country gives, found "gamma", already an old name of content/countries/alpha-land.md`],
  },
  {
    name: 'a step whose old id is another step\'s id',
    edits: { [STORY]: (t: string) => `${t}\n:::step{#one chart=map}\nA.\n:::\n\n:::step{#two aliases=one chart=map}\nB.\n:::\n` },
    expect: [`${STORY}:24:1 step #two aliases: expected an old id no other step uses, found "one", the id of a step`],
  },
];
}
