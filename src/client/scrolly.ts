/**
 * Scrollytelling on top of a page that already works without it: each chart's one drawing (drawn
 * at build time for all its states, src/figures/storyDrawings.ts) moves into the sticky graphic;
 * the step crossing the reading line (or holding keyboard focus, or named in the address) becomes
 * active and sets its state on its chart: a `data-state` the stylesheet moves the marks by, the
 * classes that fade out what the state lacks, and the state classes its elements list in
 * `data-cls`. A polite live region says what the chart now shows. Nothing is drawn here, and the
 * layout is the stylesheet's from the first paint (src/styles/scrolly.css): `is-enhanced` only
 * says that this script runs.
 */
const scrolly = document.querySelector<HTMLElement>('.scrolly');
const graphic = scrolly?.querySelector<HTMLElement>('.scrolly-graphic');
const liveRegion = scrolly?.querySelector<HTMLElement>('.scrolly-status');
const steps = [...(scrolly?.querySelectorAll<HTMLElement>('.step') ?? [])];

/** What a state of a chart says: its title, its text alternative, its source line, and where its image and embed are. */
interface Words {
  title: string;
  description: string;
  source: string;
  /** The view's files by kind (`data-view`: png, embed; the newsletter image and SVG are named after the PNG). */
  view: Record<string, string>;
}

/** Each chart's one drawing (its figure), by chart; and what each state says, by `chart state`. */
const charts = new Map<string, HTMLElement>();
const words = new Map<string, Words>();
const home = new Map<HTMLElement, HTMLElement>();
// A step's image leaves out the source line when it is the one its chart's figure before it gave.
const lastSource = new Map<string, string>();
for (const step of steps) {
  const figure = step.querySelector<HTMLElement>(':scope > figure.step-figure');
  if (!figure) continue;
  const drawing = figure.classList.contains('story-chart');
  const key = `${step.dataset.chart} ${step.dataset.state}`;
  const source = figure.querySelector('.chart-source')?.textContent ?? lastSource.get(step.dataset.chart ?? '') ?? '';
  lastSource.set(step.dataset.chart ?? '', source);
  if (!words.has(key)) {
    words.set(key, {
      title: figure.querySelector('.chart-heading')?.textContent?.trim() ?? '',
      description: (drawing ? figure.querySelector('svg > desc')?.textContent : figure.querySelector('img')?.alt)?.trim() ?? '',
      source,
      view: Object.fromEntries([...figure.querySelectorAll<HTMLAnchorElement>('a[data-view]')].map((a) => [a.dataset.view!, a.getAttribute('href')!])),
    });
  }
  if (drawing && step.dataset.chart) {
    charts.set(step.dataset.chart, figure);
    home.set(figure, figure.parentElement!);
  }
}

/** Each drawing's elements that some states lack, with the states that have them (`data-in`), read once. */
const parts = new WeakMap<Element, [Element, string[]][]>();

/**
 * Sets a state on a chart's drawing (`frame`: the run of steps it is shown in, which keeps one
 * height): the stylesheet moves its marks; here, what the state lacks gets `sd-out` (it fades out,
 * then leaves), and the state classes are set. With `fade`, what the state before lacked fades in
 * (`sd-in`); without it (the page opening, a chart coming in whole, print, less motion) the state
 * is simply there. Only the elements whose classes change are touched, so the browser styles those
 * alone.
 */
function setState(figure: HTMLElement, chart: string, state: string, frame = '0', fade = false) {
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[data-state]')) {
    svg.setAttribute('data-state', state);
    svg.setAttribute('data-frame', frame);
    let lacking = parts.get(svg);
    if (!lacking) {
      lacking = [...svg.querySelectorAll('[data-in]')].map((el) => [el, el.getAttribute('data-in')!.split(' ')]);
      parts.set(svg, lacking);
    }
    for (const [el, states] of lacking) {
      const out = !states.includes(state);
      const was = el.classList.contains('sd-out');
      if (out !== was) el.classList.toggle('sd-out', out);
      if (el.classList.contains('sd-in') !== (fade && was && !out)) el.classList.toggle('sd-in');
    }
    for (const el of [svg, ...svg.querySelectorAll('[data-cls]')]) {
      for (const entry of el.getAttribute('data-cls')?.split(';') ?? []) {
        const [token, states] = entry.split(':');
        const on = states.split(' ').includes(state);
        if (el.classList.contains(token) !== on) el.classList.toggle(token, on);
      }
    }
  }
  const said = words.get(`${chart} ${state}`);
  if (!said) return;
  const heading = figure.querySelector('.chart-heading');
  if (heading) heading.textContent = said.title;
  const source = figure.querySelector('.chart-source');
  if (source) source.textContent = said.source;
  // The drawing's accessible name and description are this state's.
  for (const title of figure.querySelectorAll('svg[data-state] > title')) title.textContent = said.title;
  for (const desc of figure.querySelectorAll('svg[data-state] > desc')) desc.textContent = said.description;
  // The share box's snippet embeds the chart's first state: it is offered while that state shows.
  const share = figure.querySelector<HTMLElement>('.chart-share');
  if (share) share.hidden = state !== '0';
  for (const link of figure.querySelectorAll<HTMLAnchorElement>('.chart-links a[data-view]')) {
    const kind = link.dataset.view!;
    const href = said.view[kind] ?? said.view.png?.replace(/\.png$/, kind === 'svg' ? '.svg' : '-640.png');
    if (href) link.setAttribute('href', href);
  }
}

/** What a chart now shows, for the live region: its title and its text alternative. */
function described(chart: string, state: string): string {
  const said = words.get(`${chart} ${state}`);
  return [said?.title, said?.description].filter(Boolean).map((t) => (/[.!?]$/.test(t!) ? t : `${t}.`)).join(' ');
}

/** Scrolls the graphic, if it must, so that the chart's first highlighted mark shows in it. */
function keepInView(figure: Element) {
  if (!graphic) return;
  // Not one in a part the state lacks (setState took it out: `sd-out`).
  const mark = [...figure.querySelectorAll('svg .highlighted')].find((m) => !m.closest('.sd-out') && m.getBoundingClientRect().height > 0);
  if (!mark) return;
  const box = graphic.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  if (at.bottom > box.bottom) graphic.scrollTop += at.bottom - box.bottom + Math.min(box.height / 3, 48);
}

// Browsers that do not know `(scripting: enabled)` lay the story out as the linear reader, with
// every chart under its step: nothing here must then hide one in the graphic.
if (scrolly && graphic && steps.length && matchMedia('(scripting: enabled)').matches) {
  scrolly.classList.add('is-enhanced');
  let active: HTMLElement | undefined;
  let announce = false;
  const languageLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-keeps-step]');

  // Every chart's drawing moves into the graphic; the active step's shows.
  for (const figure of charts.values()) {
    figure.hidden = true;
    graphic.append(figure);
  }
  const activate = (step: HTMLElement) => {
    if (step === active) return;
    const chart = step.dataset.chart ?? '';
    const state = step.dataset.state ?? '0';
    const figure = charts.get(chart);
    active?.classList.remove('is-active');
    active = step;
    step.classList.add('is-active');
    graphic.dataset.activeStep = step.dataset.step;
    // The language switch leads to the same step in the other language (steps keep their ids).
    for (const link of languageLinks) link.hash = step.id;
    if (!figure) return;
    const changed = figure.hidden;
    for (const other of charts.values()) other.hidden = other !== figure;
    // A chart the reader scrolls to comes in (the stylesheet's chart-in); the first is simply there.
    if (changed && announce) {
      figure.classList.add('is-entering');
      figure.addEventListener('animationend', () => figure.classList.remove('is-entering'), { once: true });
    }
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    setState(figure, chart, state, step.dataset.frame, announce && !changed && !still);
    // A chart taller than its box scrolls inside the graphic: each new one starts at its top, or
    // lower down if that is where the marks the step is about are.
    if (changed) graphic.scrollTop = 0;
    // Where the marks end up: at once without motion, else once they have moved (the stylesheet's 600 ms).
    if (still) keepInView(figure);
    else window.setTimeout(() => active === step && keepInView(figure), 650);
    // Said when the reader moves to another chart state, not for the one the page opens on.
    if (liveRegion && announce) liveRegion.textContent = described(chart, state);
  };

  // A step's address, or an old address of a renamed step (an element inside it).
  const byId = (id: string) => document.getElementById(decodeURIComponent(id))?.closest<HTMLElement>('.step') ?? undefined;
  const fromHash = () => {
    const step = byId(location.hash.slice(1));
    if (step) activate(step);
    return Boolean(step);
  };

  if (!fromHash()) activate(steps[0]);
  announce = true;
  // Marks move from one state to the next, not from the first state to the one the page opens on.
  requestAnimationFrame(() => requestAnimationFrame(() => scrolly.classList.add('is-moving')));
  window.addEventListener('hashchange', fromHash);

  // A step is active while it crosses the reading line: the middle of the screen, or on phones,
  // where the chart holds the top of the screen, a little below the chart's lower edge
  // (--scrolly-line in the stylesheet). It is read again when the layout changes.
  let observer: IntersectionObserver | undefined;
  /** Whether the chart holds the top of the screen, above the text (the stylesheet sets a reading line then). */
  let chartAbove = false;
  const observe = () => {
    observer?.disconnect();
    const set = getComputedStyle(scrolly).getPropertyValue('--scrolly-line');
    chartAbove = Boolean(set);
    const line = Number(set) || 50;
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) activate(entry.target as HTMLElement);
      },
      { rootMargin: `-${line}% 0px -${100 - line}% 0px` },
    );
    for (const step of steps) observer.observe(step);
  };
  observe();
  matchMedia('(max-width: 63.99rem)').addEventListener('change', observe);
  // Print the linear version: every drawing back at its first step, in that step's state.
  window.addEventListener('beforeprint', () => {
    // The steps' pictures, which the page with its script never needed, are printed too.
    for (const img of scrolly.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')) img.loading = 'eager';
    for (const [chart, figure] of charts) {
      setState(figure, chart, '0');
      figure.hidden = false;
      home.get(figure)?.append(figure);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const figure of charts.values()) graphic.append(figure);
    const step = active;
    active = undefined;
    // Back where the reader was, as when the page opened: nothing moves, nothing is said.
    announce = false;
    if (step) activate(step);
    announce = true;
  });
  scrolly.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const step = target.closest<HTMLElement>('.step');
    if (step) activate(step);
    // On phones the chart holds the top of the screen: what the keyboard reaches under it is
    // scrolled down into the band of text below, once the browser has scrolled it into view.
    if (graphic.contains(target) || !chartAbove) return;
    requestAnimationFrame(() => {
      const chart = graphic.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      if (box.top < chart.bottom && box.bottom > chart.top) window.scrollBy(0, box.top - chart.bottom - 8);
    });
  });
}
