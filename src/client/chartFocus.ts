/**
 * Links a chart's data table to its drawing: pointing at or focusing a row (keyboard included)
 * picks out the matching marks in the chart. The charts are static SVG; this only toggles classes.
 */
function marksFor(figure: Element, key: string): Element[] {
  return [...figure.querySelectorAll('svg .mark')].filter((m) => m.getAttribute('data-key') === key);
}

function pick(figure: Element, key: string | null): void {
  for (const svg of figure.querySelectorAll('svg.chart')) svg.classList.toggle('has-focus', key !== null);
  for (const mark of figure.querySelectorAll('svg .mark.is-focused')) mark.classList.remove('is-focused');
  if (key) for (const mark of marksFor(figure, key)) mark.classList.add('is-focused');
}

for (const figure of document.querySelectorAll('.chart-figure')) {
  const follow = (event: Event) => {
    const row = (event.target as Element).closest?.('tr[data-key]');
    pick(figure, row?.getAttribute('data-key') ?? null);
  };
  figure.addEventListener('focusin', follow);
  figure.addEventListener('mouseover', follow);
  figure.addEventListener('focusout', () => pick(figure, null));
  figure.addEventListener('mouseleave', () => pick(figure, null));
}
