/**
 * The import rules of src/ (.dependency-cruiser.cjs) hold, and fail on a planted break of each;
 * what dependency-cruiser cannot read (.astro components, import.meta.env) is checked here.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '..');
const depcruise = join(project, 'node_modules', '.bin', 'depcruise');

interface Violation { rule: { name: string }; from: string; to: string }

/** Runs the project's rules over `src/` of `root`; every violation as "rule: from → to". */
function violations(root: string): string[] {
  let out: string;
  try {
    out = execFileSync(depcruise, ['src', '--config', join(project, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: Violation[] } };
  return report.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(ending))
    .map((d) => join(d.parentPath, d.name));
}

describe('the import rules', () => {
  it('hold in src/: no back-edge, no cycle, no node:* in charts or browser code, Astro only through src/site/', () => {
    expect(violations(project)).toEqual([]);
  });

  it('fail on a planted break of each rule', () => {
    expect(violations(join(project, 'tests/fixtures/architecture'))).toEqual([
      'astro-only-in-site: src/model/shape.ts → astro:content',
      'browser-safe: src/charts/bar.ts → fs',
      'client-imports-down: src/client/go.ts → src/site/url.ts',
      'cms-browser-safe: src/cms/admin.ts → fs',
      'derive-imports-down: src/derive/rows.ts → src/site/url.ts',
      'no-cycles: src/util/a.ts → src/util/b.ts',
    ]);
  });
});

describe('what the rules cannot read', () => {
  it('components, layouts and pages import neither the check nor the image rasteriser, and no astro: module', () => {
    const found: string[] = [];
    for (const file of files(join(project, 'src'), '.astro')) {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      for (const [, spec] of frontmatter.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)) {
        if (/^astro:|\/(validation|images)\//.test(spec)) found.push(`${relative(project, file)} imports ${spec}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('reads import.meta.env only in src/site/', () => {
    const found = [...files(join(project, 'src'), '.ts'), ...files(join(project, 'src'), '.astro')]
      .filter((f) => !f.endsWith('.test.ts') && !relative(project, f).startsWith('src/site/'))
      .filter((f) => readFileSync(f, 'utf8').includes('import.meta.env'))
      .map((f) => relative(project, f));
    expect(found).toEqual([]);
  });
});

/** The first sentence of a module's header comment, as the folder READMEs quote it. */
function headerSentence(file: string): string {
  const text = readFileSync(file, 'utf8');
  const comment = file.endsWith('.astro')
    ? /---\s*\n\s*\/\*\*([\s\S]*?)\*\//.exec(text)
    : file.endsWith('.css') ? /^\s*\/\*([\s\S]*?)\*\//.exec(text) : /^\s*\/\*\*([\s\S]*?)\*\//.exec(text);
  const words = (comment?.[1] ?? '').split('\n').map((l) => l.trim().replace(/^\*\s?/, '')).join(' ').replace(/\s+/g, ' ').trim();
  return /^(.+?\.)(\s|$)/.exec(words)?.[1] ?? words;
}

describe('the folders say what they hold', () => {
  const docs = readFileSync(join(project, 'docs/architecture.md'), 'utf8');
  const jobs = new Map([...docs.matchAll(/^\| `src\/([a-z]+)\/` \| (.+?) \| .+ \|$/gm)].map((m) => [m[1], m[2]]));
  const folders = readdirSync(join(project, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('docs/architecture.md names every folder under src/ with its one job, and no folder that is gone', () => {
    expect([...jobs.keys()].sort()).toEqual([...folders].sort());
  });

  // Astro would publish a README.md under src/pages/ as a page: that folder's job is in the docs only.
  for (const folder of folders.filter((f) => f !== 'pages')) {
    it(`src/${folder}/README.md states the folder's job as the docs do, and lists each of its modules by its header`, () => {
      const readme = readFileSync(join(project, 'src', folder, 'README.md'), 'utf8');
      expect(readme.split('\n')[2]).toBe(jobs.get(folder));
      const listed = new Map([...readme.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2].replace(/\\\|/g, '|')]));
      const modules = readdirSync(join(project, 'src', folder), { withFileTypes: true })
        .filter((d) => d.isFile() && !d.name.includes('.test.') && d.name !== 'README.md')
        .map((d) => d.name);
      expect([...listed.keys()].sort()).toEqual(modules.sort());
      for (const name of modules) expect(listed.get(name), name).toBe(headerSentence(join(project, 'src', folder, name)));
    });
  }

  it('keeps every function that draws a chart (src/charts/) under 80 lines, so each part reads in one sitting', () => {
    const long: string[] = [];
    for (const file of files(join(project, 'src/charts'), '.ts').filter((f) => !f.endsWith('.test.ts'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          const name = (node as ts.FunctionDeclaration).name?.getText() ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : 'an inner function');
          if (end - start + 1 > 80) long.push(`${relative(project, file)}:${start + 1} ${name}: ${end - start + 1} lines`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });

  it('keeps modules under 250 lines, or says why in the header comment', () => {
    const long = [...files(join(project, 'src'), '.ts'), ...files(join(project, 'src'), '.astro')]
      .filter((f) => !f.endsWith('.test.ts'))
      .filter((f) => readFileSync(f, 'utf8').split('\n').length > 250)
      .filter((f) => !/Over 250 lines because/.test(readFileSync(f, 'utf8').slice(0, 3000)))
      .map((f) => relative(project, f));
    expect(long).toEqual([]);
  });
});

