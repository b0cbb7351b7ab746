/**
 * The address of every inspection's page, `/inspections/<id>/`: one pure function of the
 * inspections, so the pages, the feeds, the council tables and the checks all agree.
 *
 * The id is `<council>-<year>-<framework>`, e.g. `havering-2024-ilacs`:
 * - the year is the year of publication (else of the end, else of the start of the inspection),
 *   the date readers search for ("Havering Ofsted 2024");
 * - the framework is its code (`sif`, `slac`, `focused-visit`, ...), with `ilacs` for an ILACS
 *   standard inspection (the usual kind) and `ilacs-short` for a short one;
 * - only when two events of one framework fall in one council-year do the later ones get a
 *   suffix, `-2`, `-3`, in date order (ties by the data's own id). An event added later in the
 *   same year takes the next suffix, so existing addresses do not change.
 *
 * The result depends on the inspections only, never on their order in the files.
 */
import type { Inspection } from './types';
import type { Framework } from './vocabulary';

/** The framework part of an id. */
function frameworkIdPart(f: Framework): string {
  return f === 'ilacs-standard' ? 'ilacs' : f;
}

/** The date an id's year comes from (every row has at least one; the loader checks). */
function idDate(i: Inspection): string {
  return i.published ?? i.endDate ?? i.startDate ?? '';
}

/** `<council>-<year>-<framework>`, before any suffix. */
export function baseInspectionId(i: Inspection): string {
  return `${i.authority}-${idDate(i).slice(0, 4)}-${frameworkIdPart(i.framework)}`;
}

/**
 * Page id of every inspection, keyed by the data's id (`havering-2024-02-16-ilacs-standard` ->
 * `havering-2024-ilacs`). Throws if two events would share an address (it cannot happen with
 * slugs from authorities.csv, but the pages must never silently overwrite each other).
 */
export function inspectionPageIds(inspections: readonly Inspection[]): Map<string, string> {
  const groups = new Map<string, Inspection[]>();
  for (const i of inspections) {
    const base = baseInspectionId(i);
    let g = groups.get(base);
    if (!g) groups.set(base, (g = []));
    g.push(i);
  }
  const out = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const [base, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    g.sort((a, b) => idDate(a).localeCompare(idDate(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    g.forEach((i, n) => {
      const id = n === 0 ? base : `${base}-${n + 1}`;
      const other = taken.get(id);
      if (other !== undefined)
        throw new Error(`inspections ${other} and ${i.id} would both have the page /inspections/${id}/`);
      taken.set(id, i.id);
      out.set(i.id, id);
    });
  }
  return out;
}
