/**
 * Scrollytelling on top of a page that already works without it: the step crossing the middle
 * of the screen (or holding keyboard focus, or named in the address) becomes active, and its
 * chart, already drawn in the page, moves into the sticky graphic. Nothing is drawn here.
 */
const scrolly = document.querySelector<HTMLElement>('.scrolly');
const graphic = scrolly?.querySelector<HTMLElement>('.scrolly-graphic');
const steps = [...(scrolly?.querySelectorAll<HTMLElement>('.step') ?? [])];

if (scrolly && graphic && steps.length) {
  scrolly.classList.add('is-enhanced');
  let active: HTMLElement | undefined;

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
    // A chart taller than the screen scrolls inside the graphic: each new one starts at its top.
    graphic.scrollTop = 0;
  };

  const byId = (id: string) => steps.find((s) => s.id === decodeURIComponent(id));
  const fromHash = () => {
    const step = byId(location.hash.slice(1));
    if (step) activate(step);
    return Boolean(step);
  };

  if (!fromHash()) activate(steps[0]);
  window.addEventListener('hashchange', fromHash);

  // A step is active while it crosses the middle of the screen.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) activate(entry.target as HTMLElement);
    },
    { rootMargin: '-50% 0px -50% 0px' },
  );
  for (const step of steps) observer.observe(step);
  // Print the linear version: every chart back under its step.
  window.addEventListener('beforeprint', () => {
    const shown = graphic.querySelector('figure');
    if (shown && active) active.querySelector('.step-figure')?.append(shown);
    scrolly.classList.remove('is-enhanced');
  });
  window.addEventListener('afterprint', () => {
    scrolly.classList.add('is-enhanced');
    const step = active;
    active = undefined;
    if (step) activate(step);
  });
  scrolly.addEventListener('focusin', (event) => {
    const step = (event.target as Element).closest<HTMLElement>('.step');
    if (step) activate(step);
  });
}
