// Search with Pagefind, loaded only on the search page. No inline script: this file is external
// so the Content-Security-Policy can forbid inline scripts. Works under any base path.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const statusEl = document.getElementById('search-status');
const list = document.getElementById('search-results');
const bundle = form.dataset.pagefind; // e.g. /inspected/pagefind/
const base = bundle.replace(/pagefind\/$/, '');
let pagefind;

async function load() {
  if (!pagefind) {
    pagefind = await import(bundle + 'pagefind.js');
    await pagefind.options({ baseUrl: base });
  }
  return pagefind;
}

function text(html) {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d.textContent || '';
}

let seq = 0;
async function run(q) {
  const mine = ++seq;
  list.replaceChildren();
  if (!q.trim()) {
    statusEl.textContent = '';
    return;
  }
  statusEl.textContent = 'Searching…';
  const pf = await load();
  const search = await pf.search(q);
  const results = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
  if (mine !== seq) return;
  statusEl.textContent = results.length
    ? `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${q}”`
    : `No results for “${q}”`;
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

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), 200);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.replaceState(null, '', url);
  run(input.value);
});
const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  run(initial);
}
