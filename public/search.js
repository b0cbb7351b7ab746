// @ts-check
// Search with Pagefind, loaded only on the search page. No inline script: this file is external
// so the Content-Security-Policy can forbid inline scripts. Works under any base path.
// Councils first: the councils a query names (their own name, a district or borough they serve,
// or another name; search-places.js) are listed above Pagefind's results, each with its latest
// grade and when it was given, and its newest stories and inspections under it (from
// /search/places.json, src/data/search-councils.ts), so a typo that finds the council finds them
// too. Pagefind's results follow, newest first (each page's data-pagefind-sort date,
// SearchSortDate.astro), without repeating the councils.
import { matchPlaces, matchText, prepare } from './search-places.js';

/**
 * The part of Pagefind's API this page uses (https://pagefind.app/docs/api/).
 * @typedef {{ url: string, excerpt: string, meta: { title?: string } }} PagefindData
 * @typedef {{ data: () => Promise<PagefindData> }} PagefindResult
 * @typedef {{
 *   options: (o: { baseUrl: string }) => Promise<void>,
 *   search: (q: string, o?: { sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: PagefindResult[] }>,
 * }} Pagefind
 */

// Loaded only by the search page (src/pages/search.astro), which renders these.
const form = /** @type {HTMLFormElement} */ (document.getElementById('search-form'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('q'));
const statusEl = /** @type {HTMLElement} */ (document.getElementById('search-status'));
const list = /** @type {HTMLElement} */ (document.getElementById('search-results'));
const bundle = form.dataset['pagefind'] ?? '/pagefind/'; // e.g. /inspected/pagefind/
const base = bundle.replace(/pagefind\/$/, '');
/** @type {Pagefind | undefined} */
let pagefind;
/** @type {Promise<import('./search-places.js').Candidate[]> | undefined} */
let places;

async function load() {
  if (!pagefind) {
    /** @type {unknown} */
    const loaded = await import(bundle + 'pagefind.js');
    pagefind = /** @type {Pagefind} */ (loaded);
    await pagefind.options({ baseUrl: base });
  }
  return pagefind;
}

/** The place index (/search/places.json), prepared once; none if it cannot be loaded. */
function loadPlaces() {
  places ??= fetch(form.dataset['places'] ?? '')
    .then((r) => (r.ok ? r.json() : []))
    .then(prepare)
    .catch(() => []);
  return places;
}

/** @param {string} html */
function text(html) {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d.textContent || '';
}

/**
 * Under a council's result: its latest grade and date, then its newest stories and inspections.
 * @param {{ path: string, name: string, latest?: { label: string, cls: string, words: string } | null, stories?: { path: string, text: string }[], storyCount?: number, inspections?: { path: string, text: string }[], inspectionCount?: number }} e
 */
function councilCard(e) {
  const out = [];
  if (e.latest) {
    const p = document.createElement('p');
    const badge = document.createElement('span');
    badge.className = `badge badge--${e.latest.cls}`;
    badge.textContent = e.latest.label;
    p.append(badge, ` ${e.latest.words}`);
    out.push(p);
  }
  /** @type {{ items: { path: string, text: string }[], count: number, what: string, more: string }[]} */
  const groups = [
    { items: e.stories ?? [], count: e.storyCount ?? 0, what: 'Stories', more: `${e.path}#stories` },
    {
      items: e.inspections ?? [],
      count: e.inspectionCount ?? 0,
      what: 'Inspections and visits',
      more: `${e.path}#inspections`,
    },
  ];
  for (const { items, count, what, more } of groups) {
    if (!items.length) continue;
    const p = document.createElement('p');
    p.className = 'meta';
    p.textContent = count > items.length ? `${what}, newest ${items.length} of ${count}:` : `${what}:`;
    const ul = document.createElement('ul');
    for (const x of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = x.path;
      a.textContent = x.text;
      li.append(a);
      ul.append(li);
    }
    if (count > items.length) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = more;
      a.textContent = `All ${count} on ${e.name}’s page`;
      li.append(a);
      ul.append(li);
    }
    out.push(p, ul);
  }
  return out;
}

let seq = 0;
/** @param {string} q */
async function run(q) {
  const mine = ++seq;
  list.replaceChildren();
  if (!q.trim()) {
    statusEl.textContent = '';
    return;
  }
  statusEl.textContent = 'Searching…';
  const [pf, candidates] = await Promise.all([load(), loadPlaces()]);
  const councils = matchPlaces(candidates, q).map((m) => ({
    url: m.entry.path,
    title: m.entry.name,
    excerpt: matchText(m),
    entry: m.entry,
  }));
  const shown = new Set(councils.map((c) => c.url));
  const search = await pf.search(q, { sort: { date: 'desc' } });
  const loaded = await Promise.all(search.results.slice(0, 12 + councils.length).map((r) => r.data()));
  const results = loaded.filter((r) => !shown.has(r.url)).slice(0, 12);
  if (mine !== seq) return;
  const total = councils.length + search.results.length - loaded.filter((r) => shown.has(r.url)).length;
  statusEl.textContent = total
    ? `${total} result${total === 1 ? '' : 's'} for “${q}”`
    : `No results for “${q}”`;
  for (const c of councils) {
    const li = document.createElement('li');
    li.className = 'place-match';
    const a = document.createElement('a');
    a.href = c.url;
    a.textContent = c.title;
    const p = document.createElement('p');
    p.textContent = c.excerpt;
    li.append(a, p, ...councilCard(c.entry));
    list.append(li);
  }
  for (const r of results) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title || r.url;
    const p = document.createElement('p');
    p.textContent = text(r.excerpt);
    li.append(a, p);
    list.append(li);
  }
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 200);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer); // the query is run now, not again when the typing pause ends
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.replaceState(null, '', url);
  void run(input.value);
});
const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  void run(initial);
}
