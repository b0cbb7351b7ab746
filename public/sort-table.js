// @ts-check
// Sorting a table by any column (the table of every council on /compare/, CompareTable.astro with
// `sortable`). Each column heading becomes a button; pressing it sorts the rows by that column
// (names A to Z, grades from outstanding, dates and figures from the lowest), pressing again
// reverses the order. Every cell carries what it sorts by in data-sort (src/data/compare.ts,
// sortKeys); a cell with an empty data-sort has no figure and sorts last either way, never as a
// zero. Each heading's data-order words the two orders ("A to Z|Z to A", src/data/reader-words.ts).
// The heading says the order to a screen reader (aria-sort), the caption says it to everyone, and a
// status line announces it.
// Without JavaScript the table stays in its written order (A to Z). No inline script and nothing
// from other hosts, so the Content-Security-Policy allows it.

/**
 * What a cell's data-sort sorts as: a number where it reads as one, else the text; null when empty.
 * @param {string} raw
 * @returns {number | string | null}
 */
export function sortKey(raw) {
  if (raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && /^-?[\d.]+$/.test(raw) ? n : raw;
}

/**
 * Compare two keys in the given direction (1 up, -1 down); missing keys last either way.
 * @param {number | string | null} a
 * @param {number | string | null} b
 * @param {number} dir
 */
export function compareKeys(a, b, dir) {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * dir;
  return String(a).localeCompare(String(b), 'en-GB') * dir;
}

/** @param {HTMLTableElement} table */
function enhance(table) {
  const body = table.tBodies[0];
  const headRow = table.tHead?.rows[0];
  const caption = table.caption;
  if (!body || !headRow) return;
  const written = (caption?.textContent ?? '').trim();
  const base = written.replace(/, A to Z$/, '');
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  table.closest('.table-wrap')?.before(status);
  const heads = [...headRow.cells];
  heads.forEach((th, col) => {
    const words = (th.textContent ?? '').trim();
    const [up = 'lowest first', down = 'highest first'] = (th.dataset.order ?? '').split('|');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = words;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      const rows = [...body.rows];
      /** @param {HTMLTableRowElement} r */
      const key = (r) => sortKey(r.cells[col]?.getAttribute('data-sort') ?? '');
      rows.sort((x, y) => compareKeys(key(x), key(y), dir));
      body.append(...rows);
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const order = dir === 1 ? up : down;
      const said =
        col === 0 ? order : `sorted by ${words.charAt(0).toLowerCase()}${words.slice(1)}, ${order}`;
      if (caption) caption.textContent = `${base}, ${said}`;
      status.textContent = `Table ${said}.`;
    });
  });
  if (/, A to Z$/.test(written)) heads[0]?.setAttribute('aria-sort', 'ascending');
}

if (typeof document !== 'undefined')
  for (const t of document.querySelectorAll('table.sortable')) {
    if (t instanceof HTMLTableElement) enhance(t);
  }
