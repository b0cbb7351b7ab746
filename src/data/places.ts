/**
 * Places: the districts, boroughs and unitary areas of England (places.csv, from the ONS lookup)
 * and other names for councils (curated/place-aliases.csv), as the council pages, the `/find/`
 * A–Z and the search page's place index use them.
 */
import type { Dataset, Place } from './types';
import { foldName } from './fold-name';

/**
 * How two place names are compared: case, accents, spaces and punctuation ignored, apostrophes
 * dropped and `&` read as `and` (`St. Helens` = `st helens`, `King's Lynn` = `kings lynn`,
 * `Telford & Wrekin` = `telford and wrekin`). The search page's script
 * (`public/search-places.js`, `placeKey`) normalises queries the same way; a test holds them equal.
 */
export function placeNameKey(name: string): string {
  return foldName(name)
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true, numeric: true });
const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** The areas whose children's services a council runs, A–Z (none for a former council). */
export function placesOf(data: Dataset, slug: string): Place[] {
  return data.places.filter((p) => p.authority === slug).sort((a, b) => byName(a.name, b.name));
}

/** Other names for a council, A–Z. */
export function aliasesOf(data: Dataset, slug: string): string[] {
  return data.placeAliases
    .filter((a) => a.authority === slug)
    .map((a) => a.alias)
    .sort(byName);
}

/** One line of the `/find/` A–Z: a name a reader may look for, and the council it leads to. */
export interface FindEntry {
  name: string;
  /** `place`: an ONS area; `council`: a council's own name that is no area's; `alias`: another name. */
  kind: 'place' | 'council' | 'alias';
  authority: string;
}

/**
 * Every name of the A–Z, grouped by first letter: each area, each current council whose name is
 * not also an area's (county councils, and Ofsted's spelling where the ONS's differs), and each
 * alias. Letters in alphabetical order; names A–Z within a letter.
 */
export function findEntries(data: Dataset): { letter: string; entries: FindEntry[] }[] {
  const areaKeys = new Set(data.places.map((p) => placeNameKey(p.name)));
  const entries: FindEntry[] = [
    ...data.places.map((p) => ({ name: p.name, kind: 'place' as const, authority: p.authority })),
    ...[...data.authorities.values()]
      .filter((a) => a.current && !areaKeys.has(placeNameKey(a.name)))
      .map((a) => ({ name: a.name, kind: 'council' as const, authority: a.slug })),
    ...data.placeAliases.map((a) => ({ name: a.alias, kind: 'alias' as const, authority: a.authority })),
  ].sort((a, b) => byName(a.name, b.name) || byName(a.kind, b.kind));
  const groups = new Map<string, FindEntry[]>();
  for (const e of entries) {
    const letter = placeNameKey(e.name).charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups].sort(([a], [b]) => byName(a, b)).map(([letter, list]) => ({ letter, entries: list }));
}

/** One council in the search page's place index: its page, its name, its areas and other names. */
export interface PlaceIndexEntry {
  /** Page path under the site root, e.g. `/authorities/essex/`. */
  path: string;
  name: string;
  /** Areas whose names differ from the council's own. */
  places: string[];
  aliases: string[];
}

/** The place index of every current council (served as `/search/places.json`). */
export function placeIndex(data: Dataset): PlaceIndexEntry[] {
  return [...data.authorities.values()]
    .filter((a) => a.current)
    .sort((a, b) => byName(a.name, b.name))
    .map((a) => ({
      path: `/authorities/${a.slug}/`,
      name: a.name,
      places: placesOf(data, a.slug)
        .map((p) => p.name)
        .filter((n) => placeNameKey(n) !== placeNameKey(a.name)),
      aliases: aliasesOf(data, a.slug),
    }));
}
