/**
 * Scrollytelling on top of a page that already works without it: the step crossing the reading
 * line (or holding keyboard focus, or named in the address) becomes active, its chart, already
 * drawn in the page, moves into the sticky graphic, and a polite live region says what the chart
 * now shows. Nothing is drawn here, and the layout is the stylesheet's from the first paint
 * (src/styles/scrolly.css): `is-enhanced` only says that this script runs.
 */
const scrolly = document.querySelector<HTMLElement>('.scrolly');
const graphic = scrolly?.querySelector<HTMLElement>('.scrolly-graphic');
const liveRegion = scrolly?.querySelector<HTMLElement>('.scrolly-status');
const steps = [...(scrolly?.querySelectorAll<HTMLElement>('.step') ?? [])];

/** What a chart shows, for the live region: its title and its drawing's description. */
function described(figure: Element): string {
  const title = figure.querySelector('.chart-heading')?.textContent?.trim() ?? '';
  const description = figure.querySelector('svg > desc')?.textContent?.trim() ?? '';
  return [title, description].filter(Boolean).map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' ');
}

/** Scrolls the graphic, if it must, so that the chart's first highlighted mark shows in it. */
function keepInView(figure: Element) {
  if (!graphic) return;
  const mark = [...figure.querySelectorAll('svg .highlighted')].find((m) => m.getBoundingClientRect().height > 0);
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

  const activate = (step: HTMLElement) => {
    if (step === active) return;
    const figure = step.querySelector('.step-figure > figure') ?? undefined;
    // Give the previous chart back to its step, so every id stays unique in the page.
    const shown = graphic.querySelector('figure');
    if (shown && active) active.querySelector('.step-figure')?.append(shown);
    active?.classList.remove('is-active');
    active = step;
    step.classList.add('is-active');
    graphic.dataset.activeStep = step.dataset.step;
    if (figure) graphic.append(figure);
    // A chart taller than its box scrolls inside the graphic: each new one starts at its top, or
    // lower down if that is where the marks the step is about are.
    graphic.scrollTop = 0;
    if (figure) keepInView(figure);
    // Said when the reader moves to another chart state, not for the one the page opens on.
    if (liveRegion && figure && announce) liveRegion.textContent = described(figure);
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
  // Print the linear version: every chart back under its step.
  window.addEventListener('beforeprint', () => {
    const shown = graphic.querySelector('figure');
    if (shown && active) active.querySelector('.step-figure')?.append(shown);
  });
  window.addEventListener('afterprint', () => {
    const step = active;
    active = undefined;
    if (step) activate(step);
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
