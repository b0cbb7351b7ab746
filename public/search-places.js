// @ts-check
// Councils first: the search page (search.js) shows the councils a query names above Pagefind's
// results. A query names a council when it is the council's own name, one of the districts or
// boroughs it runs children's services for (data/places.csv, from the ONS lookup), or another name
// for it (data/curated/place-aliases.csv); the build serves them as /search/places.json. Pure
// functions, no DOM: tests/data/load-places.test.ts checks placeKey against the loader's.

/**
 * How names and queries are compared: case, accents, spaces and punctuation ignored, apostrophes
 * dropped and "&" read as "and". The same steps as placeNameKey in src/data/places.ts.
 * @param {string} name
 */
export function placeKey(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words a query may add to a council's name and still mean the council ("Essex County Council"). */
const GENERIC = new Set(
  'council county city borough district metropolitan royal the of in for and ofsted report reports inspection inspections rating ratings children childrens services social care'.split(
    ' ',
  ),
);

/** How a name matched, best first. */
const EXACT = 0;
const PHRASE = 1;
const PREFIX = 2;
const TYPO = 3;
const KIND_ORDER = { council: 0, alias: 1, place: 2 };

/**
 * @typedef {{ path: string, name: string, places: string[], aliases: string[] }} PlaceEntry
 * @typedef {{ entry: PlaceEntry, name: string, kind: 'council' | 'alias' | 'place', key: string, words: string[] }} Candidate
 * @typedef {{ entry: PlaceEntry, name: string, kind: 'council' | 'alias' | 'place', level: number }} PlaceMatch
 */

/**
 * Every name of every council, with its comparison key.
 * @param {PlaceEntry[]} index
 * @returns {Candidate[]}
 */
export function prepare(index) {
  return index.flatMap((entry) =>
    /** @type {const} */ ([
      ['council', [entry.name]],
      ['alias', entry.aliases],
      ['place', entry.places],
    ]).flatMap(([kind, names]) =>
      names.map((name) => {
        const key = placeKey(name);
        return { entry, name, kind, key, words: key.split(' ') };
      }),
    ),
  );
}

/**
 * At most one edit apart (a letter added, dropped, changed, or two neighbours swapped)?
 * @param {string} a
 * @param {string} b
 */
function oneEditApart(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i + 1);
  const rb = b.slice(i + 1);
  return (
    a.slice(i) === b.slice(i) ||
    ra === rb || // changed
    a.slice(i) === rb || // b has one more
    ra === b.slice(i) || // a has one more
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swapped
  );
}

/**
 * The query's words hold the candidate's words in a row, and every other word is generic.
 * @param {string[]} q
 * @param {string[]} words
 */
function phraseIn(q, words) {
  for (let s = 0; s + words.length <= q.length; s++) {
    if (!words.every((w, k) => q[s + k] === w)) continue;
    if (q.every((w, k) => (k >= s && k < s + words.length) || GENERIC.has(w))) return true;
  }
  return false;
}

/**
 * The councils a query names, best first: exact name, then a name within generic words, then a
 * name the query begins (3 letters or more), then, only if none of those matched, a name one typo
 * away (5 letters or more). One match per council, its best; ties go to the council's own name,
 * then an alias, then an area.
 * @param {Candidate[]} candidates
 * @param {string} query
 * @param {number} [limit]
 * @returns {PlaceMatch[]}
 */
export function matchPlaces(candidates, query, limit = 3) {
  const q = placeKey(query);
  if (q.length < 3) return [];
  const qWords = q.split(' ');
  /** @type {Map<string, PlaceMatch & { length: number }>} */
  const best = new Map();
  for (const c of candidates) {
    const level =
      c.key === q
        ? EXACT
        : phraseIn(qWords, c.words)
          ? PHRASE
          : c.key.startsWith(q)
            ? PREFIX
            : q.length >= 5 && oneEditApart(q, c.key)
              ? TYPO
              : -1;
    if (level < 0) continue;
    const m = { entry: c.entry, name: c.name, kind: c.kind, level, length: c.key.length };
    const prev = best.get(c.entry.path);
    if (!prev || compare(m, prev) < 0) best.set(c.entry.path, m);
  }
  const found = [...best.values()].sort(compare);
  // A name one typo away is a guess: offered only when no name matched as typed.
  const typed = found.some((m) => m.level < TYPO);
  return found
    .filter((m) => !typed || m.level < TYPO)
    .slice(0, limit)
    .map(({ entry, name, kind, level }) => ({ entry, name, kind, level }));
}

/**
 * @param {PlaceMatch & { length: number }} a
 * @param {PlaceMatch & { length: number }} b
 */
function compare(a, b) {
  return (
    a.level - b.level ||
    (a.level === PHRASE ? b.length - a.length : 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.entry.name.localeCompare(b.entry.name, 'en-GB')
  );
}

/**
 * What the result says about why it is there.
 * @param {PlaceMatch} m
 */
export function matchText(m) {
  const council = m.entry.name;
  const why =
    m.kind === 'place'
      ? `${council} runs children’s services for ${m.name}.`
      : m.kind === 'alias'
        ? `${m.name} is another name for ${council}.`
        : `${council}: inspections, grades and figures.`;
  return m.level === TYPO ? `Closest name: ${m.name}. ${why}` : why;
}
