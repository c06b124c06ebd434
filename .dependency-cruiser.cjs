/**
 * The import rules of src/, written once: data flows one way, records → model/validation →
 * derive → words/charts → figures → images/publish → site → pages (docs/architecture.md).
 * `npm test` runs them (tests/architecture.test.ts); `npx depcruise src` prints any break.
 */

/** Each folder and the folders it may import from (besides itself and npm packages). */
const LAYERS = {
  util: [],
  model: [],
  validation: ['model', 'util'],
  derive: ['model', 'util'],
  words: ['model', 'derive', 'validation', 'util'],
  charts: ['model', 'derive', 'words', 'util'],
  figures: ['model', 'derive', 'words', 'charts', 'util'],
  images: ['model', 'derive', 'words', 'charts', 'figures', 'util'],
  publish: ['model', 'derive', 'words', 'figures', 'util'],
  site: ['model', 'validation', 'derive', 'words', 'charts', 'figures', 'images', 'publish', 'util', 'styles'],
  client: [],
  review: ['model', 'validation', 'derive', 'words', 'charts', 'figures', 'images', 'publish', 'util'],
  // The browser editor: its configuration is made from the model, its saves are checked as the check does.
  cms: ['model', 'validation', 'review', 'util'],
};

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `${layer}-imports-down`,
  comment: `src/${layer}/ may import only ${allowed.length ? allowed.map((l) => `src/${l}/`).join(', ') : 'itself'} from src/`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/(${[layer, ...allowed].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycles',
      comment: 'two modules that import each other (directly or through others) are one concern: merge them or move the shared part down',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'browser-safe',
      comment: 'charts and browser scripts run in a browser: no node:* module',
      severity: 'error',
      from: { path: '^src/(charts|client)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'cms-browser-safe',
      comment: "the browser editor's own script (src/cms/admin.ts) and the record format it runs are bundled for the browser: no node:* module, nothing outside src/cms/",
      severity: 'error',
      from: { path: '^src/cms/(admin|format|yamlEdit)[.]ts$' },
      to: { pathNot: ['^src/cms/(format|yamlEdit)[.]ts$', 'node_modules/yaml/'] },
    },
    {
      name: 'browser-safe-packages',
      comment: 'charts and browser scripts run in a browser: no server-side DOM or rasteriser (src/figures/ gives the charts their document)',
      severity: 'error',
      from: { path: '^src/(charts|client)/' },
      to: { path: 'node_modules/(linkedom|@resvg|jsdom)/' },
    },
    {
      name: 'astro-only-in-site',
      comment: 'src/site/ is the only door to Astro (astro:*, astro/loaders, vite); everything else takes plain records',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(site|pages|components|layouts)/', '^src/content[.]config[.]ts$'] },
      to: { path: ['^astro:', '^astro$', '^astro/(?!zod)', '^vite$'] },
    },
    {
      name: 'pages-assemble-from-site-down',
      comment: 'nothing below the pages imports a page, a component or a layout',
      severity: 'error',
      from: { path: '^src/(?!pages/|components/|layouts/)' },
      to: { path: '^src/(pages|components|layouts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['[.]test[.]ts$', '^node_modules', '^dist', '^[.]astro'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
