/**
 * The council list, merged from the Ofsted files: the current councils of the March 2025 latest
 * judgements (with their LA numbers from the Ofsted links, corrected where Ofsted links two
 * councils to one page), the former councils of the 2023 sheet and of the ILACS history, their
 * types (2023 sheet), regions (the DfE care-leavers file), and successors and changed codes
 * (`data/curated/council-changes.csv`).
 */
import type { Region } from '../../../src/data/vocabulary';
import { slugify } from '../lib/normalise';
import type { SheetProblems } from '../lib/problems';
import type { Regions } from '../readers/care-leavers';
import type { History2023 } from '../readers/ofsted-history-2023';
import type { Outcomes2025 } from '../readers/ofsted-outcomes';
import { FALLBACK_RELEASE_URL, OFSTED_URL } from '../sources';
import { COUNCIL_CHANGES_FILE, COUNCIL_HELP, type CouncilChanges } from '../lib/council-changes';
import { DEFAULT_NEW_COUNCIL_TYPE, NAME_ALIASES_2023, TYPE_OVERRIDE } from './councils';

interface AuthorityBuild {
  slug: string;
  name: string;
  onsCode: string;
  laNumber: number | null;
  region: Region | null;
  type: string | null;
  current: boolean;
  source: string;
  where: string;
}

export interface Councils {
  /** Every council by slug. */
  bySlug: Map<string, AuthorityBuild>;
  /** Current councils' slugs by ONS code, including the other codes of council-changes.csv. */
  currentByOns: Map<string, string>;
  /** Councils of the 2023 sheet that no longer exist, by the key of their 2023 name. */
  formerByKey: Map<string, AuthorityBuild>;
  /** The council of each ILACS history row (same order), null when it matches none. */
  historyCouncils: (AuthorityBuild | null)[];
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
  /** Slugs by old LA number, current councils first. */
  slugByLa: Map<number, string>;
  /** The council's Ofsted page, or the statistics collection if it has no LA number. */
  urlOf: (slug: string) => string;
}

/** A 2023 sheet name as the key of the same council in the 2025 file. */
export const key2023 = (name: string) => NAME_ALIASES_2023[slugify(name)] ?? slugify(name);

/** Release ids the councils cite. */
export interface ReleaseIds {
  src2025: string;
  src2023: string;
}

export function mergeCouncils(
  o: Outcomes2025,
  h: History2023,
  regions: Regions,
  careLeaversFile: string,
  ids: ReleaseIds,
  changes: CouncilChanges,
  problems: SheetProblems,
  warnings: string[],
): Councils {
  const FORMER = changes.former;
  const TABLE = `data/${COUNCIL_CHANGES_FILE}`;
  const authorities = new Map<string, AuthorityBuild>();
  const currentByOns = new Map<string, string>();
  for (const row of o.latest) {
    const slug = slugify(row.name);
    if (authorities.has(slug))
      problems.add(`${row.where}: council slug "${slug}" (from "${row.name}") is not unique`);
    authorities.set(slug, {
      slug,
      name: row.name,
      onsCode: row.onsCode,
      laNumber: row.laNumber,
      region: null,
      type: null,
      current: true,
      source: ids.src2025,
      where: row.where,
    });
    currentByOns.set(row.onsCode, slug);
  }
  // Other ONS codes of current councils (council-changes.csv, "recoded"), for the other sheets.
  for (const [ons, slug] of changes.onsAliases)
    if (authorities.get(slug)?.current && !currentByOns.has(ons)) currentByOns.set(ons, slug);

  // Ofsted's own links are wrong for a few councils (March 2025 file: City of London links to 206,
  // Islington's page; North Northamptonshire to 941, West Northamptonshire's). Where two councils
  // share a link, the one whose number disagrees with the DfE's old LA code for its ONS code takes
  // the DfE number, and the correction is logged.
  {
    const byLa = new Map<number, AuthorityBuild[]>();
    for (const a of authorities.values())
      if (a.laNumber !== null) byLa.set(a.laNumber, [...(byLa.get(a.laNumber) ?? []), a]);
    for (const [la, list] of byLa) {
      if (list.length < 2) continue;
      for (const a of list) {
        const dfe = regions.laByCode.get(a.onsCode);
        if (dfe === undefined || dfe === la) continue;
        if (byLa.has(dfe)) {
          problems.add(
            `${a.where}: "${a.name}" links to provider/44/${la}, shared with another council, and the DfE's LA number ${dfe} is also taken`,
          );
          continue;
        }
        warnings.push(
          `${a.where}: "${a.name}" links to ${OFSTED_URL(la)}, which is also the link of ${list
            .filter((x) => x !== a)
            .map((x) => `"${x.name}"`)
            .join(', ')}; using the DfE's LA number ${dfe} for ${a.onsCode}`,
        );
        a.laNumber = dfe;
      }
    }
    uniqueLaNumbers(authorities, problems, "expected each council's own Ofsted page link");
  }

  // 2023 sheet: types; rows whose council no longer exists are former councils.
  const type2023 = new Map<string, string>(); // current slug -> type
  const formerByKey = new Map<string, AuthorityBuild>(); // slugify(name) -> former council
  const addFormer = (
    key: string,
    name: string,
    type: string | null,
    source: string,
    where: string,
  ): AuthorityBuild => {
    let f = formerByKey.get(key);
    if (!f) {
      let slug = key;
      if (authorities.has(slug)) {
        // The name now belongs to a different, current council (Dorset): name the former one apart.
        if (/county/i.test(type ?? '') || FORMER.has(`${slug}-county-council`))
          slug = `${slug}-county-council`;
        else
          problems.add(
            `${where}: former council "${name}" has the slug "${slug}" of a current council, and is not a county council`,
          );
      }
      f = { slug, name, onsCode: '', laNumber: null, region: null, type, current: false, source, where };
      formerByKey.set(key, f);
    }
    if (!f.type && type) f.type = type;
    return f;
  };
  h.tables.forEach((rows, ti) => {
    for (const row of rows) {
      const key = key2023(row.name);
      if (ti === 0 && authorities.has(key)) {
        if (row.type) type2023.set(key, row.type);
      } else addFormer(key, row.name, row.type, ids.src2023, row.where);
    }
  });

  // ILACS history: former councils it lists ("No longer exists") give their ONS code and LA number.
  const historyCouncils = o.history.map((row): AuthorityBuild | null => {
    if (row.status === 'current') {
      const slug = currentByOns.get(row.onsCode);
      if (!slug)
        row.codeProblem(
          `expected the ONS code of a current council listed in Inspections_as_at_31_March (council "${row.name}"); ${COUNCIL_HELP}`,
        );
      return slug ? (authorities.get(slug) ?? null) : null;
    }
    if (row.status === 'former') {
      const f = addFormer(slugify(row.name), row.name, null, ids.src2025, row.where);
      f.source = ids.src2025;
      // Its link is not used for the LA number: Ofsted links a former council to its successor's
      // page (Bournemouth -> 839, BCP; Cumbria -> 942, Cumberland). See council-changes.csv.
      if (/^E\d{8}$/.test(row.onsCode)) f.onsCode = row.onsCode;
      return f;
    }
    return null;
  });

  // Former councils: fill in what the sheets do not give, then register them.
  for (const f of formerByKey.values()) {
    const extra = FORMER.get(f.slug);
    if (!f.onsCode && extra) f.onsCode = extra.onsCode;
    if (f.laNumber === null) f.laNumber = regions.laByCode.get(f.onsCode) ?? extra?.laNumber ?? null;
    if (!f.onsCode || f.laNumber === null)
      problems.add(
        `${f.where}: former council "${f.name}" (${f.slug}): no ONS code or LA number in the sheets and no "abolished" row in ${TABLE}`,
      );
    if (authorities.has(f.slug)) problems.add(`${f.where}: former council slug "${f.slug}" is not unique`);
    authorities.set(f.slug, f);
  }
  uniqueLaNumbers(authorities, problems, 'expected one LA number per council');

  // Regions (DfE care leavers file, by ONS code then LA number; council-changes.csv last) and types.
  const otherCodes = new Map<string, string[]>(); // slug -> its other ONS codes
  for (const [code, slug] of changes.onsAliases)
    otherCodes.set(slug, [...(otherCodes.get(slug) ?? []), code]);
  for (const a of authorities.values()) {
    a.region =
      regions.byCode.get(a.onsCode) ??
      (a.laNumber !== null ? regions.byLa.get(a.laNumber) : undefined) ??
      (otherCodes.get(a.slug) ?? []).map((c) => regions.byCode.get(c)).find(Boolean) ??
      FORMER.get(a.slug)?.region ??
      null;
    if (!a.region)
      problems.add(
        `${a.where}: no region for "${a.name}" (${a.onsCode}) in ${careLeaversFile} (new_la_code / region_name) nor in ${TABLE}; ${COUNCIL_HELP}`,
      );
    if (a.current) a.type = TYPE_OVERRIDE[a.slug] ?? type2023.get(a.slug) ?? DEFAULT_NEW_COUNCIL_TYPE;
    else if (!a.type) a.type = 'Unknown';
  }

  // Successors and predecessors.
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const a of authorities.values()) {
    if (a.current) continue;
    const succ = FORMER.get(a.slug)?.successors ?? [];
    if (!succ.length)
      problems.add(
        `${a.where}: former council "${a.name}" (${a.slug}) has no successors: add its "abolished" row to ${TABLE}`,
      );
    for (const s of succ) {
      if (!authorities.get(s)?.current)
        problems.add(`${TABLE}: successor "${s}" of "${a.slug}" is not a current council slug`);
      predecessors.set(s, [...(predecessors.get(s) ?? []), a.slug]);
    }
    successors.set(a.slug, succ);
  }
  const slugByLa = new Map<number, string>();
  for (const a of authorities.values())
    if (a.laNumber !== null && a.current) slugByLa.set(a.laNumber, a.slug);
  for (const a of authorities.values())
    if (a.laNumber !== null && !slugByLa.has(a.laNumber)) slugByLa.set(a.laNumber, a.slug);
  // Other LA numbers of our councils (council-changes.csv, "recoded"), for the community file.
  for (const [la, slug] of changes.laAliases)
    if (authorities.has(slug) && !slugByLa.has(la)) slugByLa.set(la, slug);

  return {
    bySlug: authorities,
    currentByOns,
    formerByKey,
    historyCouncils,
    successors,
    predecessors,
    slugByLa,
    urlOf: (slug) => {
      const la = authorities.get(slug)?.laNumber;
      return la ? OFSTED_URL(la) : FALLBACK_RELEASE_URL;
    },
  };
}

/** A problem for every LA number given to two councils. */
function uniqueLaNumbers(
  authorities: Map<string, AuthorityBuild>,
  problems: SheetProblems,
  expected: string,
) {
  const seen = new Map<number, string>();
  for (const a of authorities.values()) {
    if (a.laNumber === null) continue;
    const other = seen.get(a.laNumber);
    if (other)
      problems.add(
        `${a.where}: LA number ${a.laNumber} of "${a.name}" is also that of "${other}"; ${expected}`,
      );
    seen.set(a.laNumber, a.name);
  }
}
