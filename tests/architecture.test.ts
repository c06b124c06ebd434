/**
 * The import rules of src/ (.dependency-cruiser.cjs) hold, and fail on a planted break of each;
 * what dependency-cruiser cannot read (.astro components, import.meta.env) is checked here.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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
