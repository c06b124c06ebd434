/**
 * The browser editor's own script, loaded before Decap CMS on /admin/: it reads the setup the page
 * carries (the configuration made from the model, each collection's record format, where the
 * check answers), registers the record formats (./format.ts), and before every save asks the check
 * about the file the editor is about to propose. A problem stops the save: the editor shows the
 * check's words in a panel beside the form, and nothing is proposed.
 */
import { figureIdProblems, fromFile, SOURCE_KEY, toFile, type RecordFormat } from './format';

interface Setup {
  config: { collections: { name: string; format: string; folder?: string; extension?: string; slug?: string; identifier_field?: string }[] };
  formats: Record<string, RecordFormat>;
  /** Where the check answers (`npm run cms`); absent where the site has no server (the check then runs on the proposed change). */
  check?: string;
}

interface Problem { file: string; line: number; column: number; field: string; message: string; text: string }

interface ImmutableMap { get(key: string): unknown; getIn(path: string[]): unknown; toJS(): Record<string, unknown> }
interface Decap {
  init(options: { config: unknown }): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerEventListener(listener: { name: string; handler(args: { entry: ImmutableMap }): Promise<unknown> }): void;
}

declare global {
  interface Window { CMS_MANUAL_INIT?: boolean; CMS?: Decap }
}

window.CMS_MANUAL_INIT = true;

/** A refused save: the editor's notice prints it as the check's words, without "Error:". */
class CheckFailed extends Error {
  override toString() {
    return this.message;
  }
}

const setup: Setup = JSON.parse(document.getElementById('cms-setup')!.textContent!);

/**
 * A new record's file, named as Decap names it (its slug settings in ./config.ts): lowercase, no
 * straight quotes, periods and every character but ASCII letters, digits, "_" and "~" made hyphens,
 * accents dropped, runs of hyphens made one and none at either end.
 */
function newFile(collection: Setup['config']['collections'][number], data: Record<string, unknown>): string | undefined {
  if (!collection.folder || !collection.slug) return undefined;
  const slug = (v: unknown) => String(v ?? '').trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_~-]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  const name = collection.slug
    .replace('{{slug}}', slug(data[collection.identifier_field ?? 'title']))
    .replace(/\{\{fields\.(\w+)\}\}/g, (_, f: string) => slug(data[f]));
  return `${collection.folder}/${name}.${collection.extension}`;
}

function panel(): HTMLElement {
  let el = document.getElementById('check-problems');
  if (!el) {
    el = document.createElement('section');
    el.id = 'check-problems';
    el.setAttribute('role', 'alert');
    el.setAttribute('aria-labelledby', 'check-problems-title');
    document.body.append(el);
  }
  return el;
}

function showProblems(problems: Problem[], saved: boolean) {
  const el = panel();
  el.replaceChildren();
  el.className = saved ? 'later' : 'refused';
  const title = Object.assign(document.createElement('h2'), { id: 'check-problems-title', textContent: saved ? 'Saved. Still to do before it is published:' : 'Not saved: the check found a problem' });
  const intro = Object.assign(document.createElement('p'), {
    textContent: saved
      ? 'The change needs these in the record\'s translation. Open the translation\'s entry, make them, and publish both: until then the site keeps its last good version.'
      : 'Fix what it says, then save again. Nothing was proposed for review.',
  });
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    const where = Object.assign(document.createElement('span'), { className: 'where', textContent: `${p.file}, line ${p.line}, column ${p.column}` });
    const what = Object.assign(document.createElement('span'), { className: 'what', textContent: p.field ? `${p.field}: ${p.message}` : p.message });
    item.append(where, what);
    list.append(item);
  }
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
  close.addEventListener('click', () => el.remove());
  el.append(title, intro, list, close);
}

/** What the change being saved still needs in other files: shown once the save went through. */
let laterOfLastSave: Problem[] = [];

/** Where the last save stands, on <html data-save>: checking, refused or saved (for scripts that drive the editor). */
const saveState = (state: 'checking' | 'refused' | 'saved') => {
  document.documentElement.dataset.save = state;
};

async function check(args: { entry: ImmutableMap }): Promise<undefined> {
  saveState('checking');
  try {
    return await checkEntry(args);
  } catch (e) {
    saveState('refused');
    throw e;
  }
}

async function checkEntry({ entry }: { entry: ImmutableMap }): Promise<undefined> {
  document.getElementById('check-problems')?.remove();
  laterOfLastSave = [];
  const collection = setup.config.collections.find((c) => c.name === entry.get('collection'));
  if (!collection) return undefined;
  const data = entry.get('data') as ImmutableMap;
  const format = setup.formats[collection.format];
  const ids = figureIdProblems(data.toJS(), format);
  if (ids.length) throw new CheckFailed(ids.join('; '));
  const text = toFile(data.toJS(), format);
  // The editor lets an edit undone count as a change: saving it would make an empty proposal.
  if (text === data.get(SOURCE_KEY)) throw new CheckFailed('nothing to save: the record reads exactly as it did, so nothing was proposed');
  const file = (entry.get('path') as string) || newFile(collection, data.toJS());
  if (!file || !setup.check) return undefined;
  let answer: { problems: Problem[]; later: Problem[] };
  try {
    const response = await fetch(setup.check, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ file, text }) });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    answer = (await response.json()) as typeof answer;
  } catch (e) {
    throw new CheckFailed(`the check did not answer (${String(e)}): is npm run cms still running? Nothing was saved.`);
  }
  const { problems, later } = answer;
  laterOfLastSave = later;
  if (problems.length) {
    showProblems(problems, false);
    throw new CheckFailed(`the check found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${problems.map((p) => p.text).join('; ')}`);
  }
  return undefined;
}

document.addEventListener('DOMContentLoaded', () => {
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS did not load');
  for (const [name, format] of Object.entries(setup.formats)) {
    cms.registerCustomFormat(name, format.markdown ? 'md' : 'yaml', {
      fromFile: (text) => fromFile(text, format),
      toFile: (data) => toFile(data, format),
    });
  }
  cms.registerEventListener({ name: 'preSave', handler: check });
  cms.registerEventListener({
    name: 'postSave',
    handler: async () => {
      saveState('saved');
      if (laterOfLastSave.length) showProblems(laterOfLastSave, true);
      return undefined;
    },
  });
  cms.init({ config: setup.config });
});
