// @ts-check
// "Compare with any council" (src/components/CompareAny.astro): shows the two chosen councils side
// by side, under the compare table's own headings, from /compare/councils.json (every cell already
// written as the table writes it). No inline script and nothing from other hosts, so the
// Content-Security-Policy allows it; every address comes from the page, so it works under any base.
// Without this script the form is a plain GET form to /compare/ (the table of every council).
// Opened with ?a=<slug>&b=<slug> (the form's own fields: a shared link, or /compare/ reached
// without the script first), it fills in the form and shows the pair.

// Loaded only by CompareAny.astro, which renders these; checked again before use below.
const form = /** @type {HTMLFormElement} */ (document.getElementById('compare-any'));
const statusEl = /** @type {HTMLElement} */ (document.getElementById('compare-any-status'));
const out = /** @type {HTMLElement} */ (document.getElementById('compare-any-result'));
/** @typedef {{ slug: string, name: string, path: string, grade: { label: string, cls: string }, cells: string[] }} CouncilCells */
/** @type {Promise<{ headings: string[], councils: CouncilCells[] }> | undefined} */
let councils;

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 */
function el(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** @param {string} name */
function field(name) {
  const f = form.elements.namedItem(name);
  return f instanceof HTMLInputElement || f instanceof HTMLSelectElement ? f : null;
}

/**
 * @param {string} a
 * @param {string} b
 */
async function show(a, b) {
  councils ??= fetch(form.dataset['councils'] ?? '').then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.json();
  });
  let data;
  try {
    data = await councils;
  } catch {
    councils = undefined;
    form.submit(); // what the form does without the script
    return;
  }
  const one = data.councils.find((c) => c.slug === a);
  const two = data.councils.find((c) => c.slug === b);
  if (!one || !two) {
    out.replaceChildren();
    statusEl.textContent = 'Choose two councils from the lists.';
    return;
  }
  const [gradeHeading = '', ...cellHeadings] = data.headings;
  /** @param {CouncilCells} c */
  const head = (c) => el('th', { scope: 'col' }, [el('a', { href: c.path }, [c.name])]);
  /** @param {CouncilCells} c */
  const badge = (c) => el('span', { class: `badge badge--${c.grade.cls}` }, [c.grade.label]);
  const rows = [
    el('tr', {}, [
      el('th', { scope: 'row' }, [gradeHeading]),
      el('td', { 'data-label': one.name }, [badge(one)]),
      el('td', { 'data-label': two.name }, [badge(two)]),
    ]),
    ...cellHeadings.map((h, i) =>
      el('tr', {}, [
        el('th', { scope: 'row' }, [h]),
        el('td', { class: 'num', 'data-label': one.name }, [one.cells[i] ?? '–']),
        el('td', { class: 'num', 'data-label': two.name }, [two.cells[i] ?? '–']),
      ]),
    ),
  ];
  const title = `${one.name} and ${two.name}`;
  out.replaceChildren(
    // The names link to the councils' pages here too: on a phone the table's heading row is hidden.
    el('h3', { id: 'compare-any-title' }, [
      el('a', { href: one.path }, [one.name]),
      ' and ',
      el('a', { href: two.path }, [two.name]),
    ]),
    el('div', { class: 'table-wrap' }, [
      // On a phone each measure becomes a card, each figure labelled by its council (global.css,
      // table.stack), so neither council's column is squeezed or cut at 320 px.
      el('table', { class: 'compare-table compare-pair stack' }, [
        el('caption', {}, [`${title} side by side: latest grade and figures`]),
        el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Measure']), head(one), head(two)])]),
        el('tbody', {}, rows),
      ]),
    ]),
  );
  statusEl.textContent = `Showing ${one.name} beside ${two.name}.`;
}

if (form && statusEl && out) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const a = field('a')?.value ?? '';
    const b = field('b')?.value ?? '';
    const url = new URL(location.href);
    url.search = new URLSearchParams({ a, b }).toString();
    url.hash = '';
    history.replaceState(null, '', url);
    void show(a, b);
  });
  const q = new URLSearchParams(location.search);
  const a = q.get('a');
  const b = q.get('b');
  if (a && b) {
    const fa = field('a');
    const fb = field('b');
    // On a council's own page the first council is fixed; a pair for another page is not shown.
    if (fa instanceof HTMLSelectElement || fa?.value === a) {
      if (fa instanceof HTMLSelectElement) fa.value = a;
      if (fb) fb.value = b;
      void show(a, b);
      document.getElementById('compare-any-heading')?.scrollIntoView();
    }
  }
}
