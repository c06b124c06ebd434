/**
 * The country tracker in the browser: sorts by any column (buttons in the headers, aria-sort),
 * filters by status and region, searches by name, says how many countries are shown, keeps the
 * view in the address (?sort=received&status=received) and downloads exactly the rows shown as CSV.
 * The table is complete without it; it only reorders and hides rows the page already has.
 */
const VIEW = ['sort', 'order', 'q', 'status', 'region'];

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

function setUp(root: HTMLElement): void {
  const table = root.querySelector('table')!;
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0].cells];
  const controls = root.querySelector('.tracker-controls')!;
  const field = (name: string) => controls.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!;
  const count = root.querySelector('[role=status]')!;
  const csv = root.querySelector<HTMLAnchorElement>('[data-tracker-csv]')!;
  const words = root.dataset;
  const column = (id: string | null) => headers.find((h) => h.dataset.sort === id);

  const params = new URLSearchParams(location.search);
  let sorted = column(params.get('sort')) ?? column('status')!;
  const order = params.get('order');
  let direction = order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : sorted.dataset.first!;
  for (const name of ['q', 'status', 'region']) {
    const input = field(name);
    input.value = params.get(name) ?? '';
    // A status or region the table does not hold leaves the filter off.
    if (input.value !== (params.get(name) ?? '')) input.value = '';
  }

  const visible = () => [...body.rows].filter((r) => !r.hidden);

  function show(write: boolean): void {
    const col = sorted.dataset.sort;
    const byNumber = sorted.dataset.kind === 'number' || sorted.dataset.kind === 'rank';
    const sign = direction === 'ascending' ? 1 : -1;
    const value = (r: HTMLTableRowElement) => [...r.cells].find((c) => c.dataset.col === col)?.dataset.value;
    // Unknown values sort last in either direction; ties keep the first order (status, then name).
    const next = [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      if (x === undefined || y === undefined) return Number(x === undefined) - Number(y === undefined);
      return sign * (byNumber ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang));
    });
    body.append(...next);

    const query = plain(field('q').value);
    const status = field('status').value;
    const region = field('region').value;
    let shown = 0;
    for (const r of rows) {
      r.hidden = Boolean((status && r.dataset.status !== status) || (region && r.dataset.region !== region) || !r.dataset.name!.includes(query));
      if (!r.hidden) shown += 1;
    }
    for (const h of headers) {
      if (h === sorted) h.setAttribute('aria-sort', direction);
      else h.removeAttribute('aria-sort');
    }
    const what = shown === rows.length ? words.countAll! : shown ? words.countSome!.replace('{shown}', String(shown)) : words.countNone!;
    const how = words.sorted!.replace('{column}', sorted.textContent!.trim().toLowerCase()).replace('{direction}', sorted.dataset[direction]!);
    count.textContent = `${what}, ${how}.`;

    if (!write) return;
    const url = new URL(location.href);
    for (const name of VIEW) url.searchParams.delete(name);
    const isDefault = sorted === column('status') && direction === sorted.dataset.first;
    if (!isDefault) url.searchParams.set('sort', sorted.dataset.sort!);
    if (direction !== sorted.dataset.first) url.searchParams.set('order', direction === 'ascending' ? 'asc' : 'desc');
    if (query) url.searchParams.set('q', field('q').value.trim());
    if (status) url.searchParams.set('status', status);
    if (region) url.searchParams.set('region', region);
    history.replaceState(history.state, '', url);
  }

  for (const h of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...h.childNodes);
    h.append(button);
    button.addEventListener('click', () => {
      direction = h === sorted ? (direction === 'ascending' ? 'descending' : 'ascending') : h.dataset.first!;
      sorted = h;
      show(true);
    });
  }
  controls.addEventListener('input', () => show(true));
  controls.querySelector('[data-tracker-reset]')!.addEventListener('click', () => {
    for (const name of ['q', 'status', 'region']) field(name).value = '';
    show(true);
  });

  // The whole table stays the link's address (to copy, or to open in a new tab); a click downloads
  // the rows shown, through a link of its own: the reader's link never changes, not even for a moment.
  csv.addEventListener('click', (event) => {
    // A click with a modifier (a new tab or window, save as) is the browser's, on the whole table.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (visible().length === rows.length && sorted === column('status') && direction === sorted.dataset.first) return;
    event.preventDefault();
    const lines = [csv.dataset.csvHeader, ...visible().map((r) => r.dataset.csv)];
    const file = URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
    const selection = Object.assign(document.createElement('a'), { href: file, download: csv.dataset.csvSelection! });
    selection.click();
    // Once the browser has read the file (it starts at once; a minute leaves slow machines time).
    setTimeout(() => URL.revokeObjectURL(file), 60_000);
  });

  show(false);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-tracker]')) setUp(root);
