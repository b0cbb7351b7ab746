/**
 * Matching the areas of the DfE's and the ASGLB's files (ASGLB adoption, LAIT adoption counts,
 * the social work workforce, the 2025 statistical neighbours) to our councils and regions.
 *
 * Every one of these files keys a council by its old LA number. A number alone is not enough: the
 * ASGLB's 2022/23 workbook lists Bournemouth, Christchurch and Poole under Bournemouth's old
 * number 837 and the new Dorset under the old county's 835. So a row is matched by its number AND
 * its name (compared loosely: "St. Helens" = "St Helens", "Herefordshire, County of" =
 * "Herefordshire"), and a row whose number we do not know, or whose name does not fit the council
 * that has the number, stops the import with the file and line. The known exceptions (joint
 * returns, re-used numbers, a council counted with another) are listed in `AREA_CODES` below, each
 * with the reason a reader is told.
 */
import type { Region } from '../../src/data/vocabulary';
import { REGIONS } from '../../src/data/vocabulary';
import { editDistance } from '../../src/config/edit-distance';
import { COUNCIL_HELP, NO_COUNCIL_CHANGES, type CouncilChanges } from './lib/council-changes';
import type { AuthorityRef } from './lib/report';
import { slugify } from './lib/normalise';

/** Which publisher's file a row comes from (the exceptions differ between files). */
export type AreaFile = 'asglb' | 'lait' | 'csww' | 'sn2025';

interface AreaCode {
  files: readonly AreaFile[];
  /** The code as the file gives it (`213B`, `837`). */
  code: string;
  /** The name as the file gives it. */
  name: string;
  /** Our councils the row's figures cover. */
  authorities: readonly string[];
  /** Said with the figures wherever they are shown. */
  note: string;
}

/**
 * Rows whose number and name do not simply name one of our councils. To add one: give the code and
 * name exactly as the publisher's file has them, the councils the figures cover, and the note.
 */
const AREA_CODES: readonly AreaCode[] = [
  {
    files: ['asglb'],
    code: '213B',
    name: 'Bi-Borough (Kensington and Chelsea, Westminster)',
    authorities: ['kensington-and-chelsea', 'westminster'],
    note: 'Kensington and Chelsea and Westminster report their adoptions together, as the Bi-Borough: the figures cover both councils.',
  },
  {
    files: ['asglb'],
    code: '908',
    name: 'Cornwall (and Isles of Scilly)',
    authorities: ['cornwall', 'isles-of-scilly'],
    note: 'The Isles of Scilly are counted with Cornwall: the figures cover both councils.',
  },
  {
    files: ['asglb'],
    code: '837',
    name: 'Bournemouth, Christchurch, Poole',
    authorities: ['bournemouth-christchurch-and-poole'],
    note: 'The ASGLB lists Bournemouth, Christchurch and Poole under the old LA number of Bournemouth (837).',
  },
  {
    files: ['asglb'],
    code: '835',
    name: 'Dorset',
    authorities: ['dorset'],
    note: 'The ASGLB lists Dorset Council under the old LA number of Dorset County Council (835).',
  },
  {
    files: ['asglb'],
    code: '928',
    name: 'Northamptonshire',
    authorities: ['north-northamptonshire', 'west-northamptonshire'],
    note: 'The ASGLB still reports Northamptonshire as one area (old LA number 928): the figures cover North and West Northamptonshire, whose children’s services one trust runs.',
  },
];

const DROP = new Set(['city', 'of', 'county', 'borough', 'council', 'the', 'and']);

/**
 * A name for comparing the same council across files: without a bracketed remark, "(Pre LG)" or
 * "(see ...)", and without words that files add or drop ("City of", "County", "Borough", "and").
 */
function looseName(name: string): string {
  return slugify(name.replace(/\([^)]*\)/g, ' '))
    .split('-')
    .filter((w) => w !== '' && !DROP.has(w))
    .join('-');
}

const REGION_BY_KEY = new Map<string, Region>(REGIONS.map((r) => [r.toLowerCase(), r]));
const SUB_REGIONS = new Set(['inner london', 'outer london', 'london (inner)', 'london (outer)']);

export type RegionMatch = { region: Region } | { subRegion: true } | null;

/** A region name as any of these files spells it ("YORKSHIRE AND THE HUMBER", "London (Inner)"). */
export function matchRegion(name: string): RegionMatch {
  const k = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const r = REGION_BY_KEY.get(k);
  if (r) return { region: r };
  if (SUB_REGIONS.has(k)) return { subRegion: true };
  return null;
}

export const SUB_REGION_REASON =
  'Inner or Outer London: not used (London is one region here, as in authorities.csv)';

/**
 * A row's councils, or why it has none: the message, what was expected, and which of the row's
 * cells is at fault (`code`, the LA number; `name`, the council's name), for the problem to point at.
 */
export type AreaMatch =
  | { ok: true; authorities: string[]; note: string | null }
  | { ok: false; field: 'code' | 'name'; message: string; expected: string };

/** How far a name may be from a council's to be suggested (a typo, not another council). */
const closeEnough = (a: string, b: string) => editDistance(a, b) <= Math.max(2, Math.floor(b.length / 4));

/** The council of `list` whose loose name is fewest edits from `loose` (ties: by name). */
function nearestCouncil(
  loose: string,
  list: readonly AuthorityRef[],
): { a: AuthorityRef; d: number } | undefined {
  return list
    .map((a) => ({ a, d: editDistance(loose, looseName(a.name)) }))
    .sort((x, y) => x.d - y.d || x.a.name.localeCompare(y.a.name))[0];
}

/**
 * For a file's council that no code matches: the council of `all` with the same name, whose codes
 * must then differ (a re-coded council), or the one a typo away ("did you mean"), in words
 * starting "; ", or '' when no council's name is close.
 */
export function councilNameHint(name: string, all: readonly AuthorityRef[]): string {
  const loose = looseName(name);
  const codes = (a: AuthorityRef) => `ONS ${a.onsCode || 'none'}, LA ${a.laNumber}`;
  const same = all.find((a) => looseName(a.name) === loose);
  if (same) return `; authorities.csv has ${same.name} as ${codes(same)}: a re-coded council?`;
  const near = nearestCouncil(loose, all);
  return near && closeEnough(loose, looseName(near.a.name))
    ? `; did you mean ${near.a.name} (${codes(near.a)})?`
    : '';
}

/** Councils by old LA number, for one file's rows. */
export class AreaIndex {
  private readonly byNumber = new Map<number, AuthorityRef[]>();
  private readonly slugs: Set<string>;

  constructor(
    readonly all: readonly AuthorityRef[],
    changes: CouncilChanges = NO_COUNCIL_CHANGES,
  ) {
    for (const a of all) this.byNumber.set(a.laNumber, [...(this.byNumber.get(a.laNumber) ?? []), a]);
    // Other LA numbers of our councils (data/curated/council-changes.csv, "recoded").
    for (const [n, slug] of changes.laAliases) {
      const a = all.find((x) => x.slug === slug);
      if (a && !this.byNumber.has(n)) this.byNumber.set(n, [a]);
    }
    this.slugs = new Set(all.map((a) => a.slug));
  }

  /**
   * The councils a row covers, from its code and name as published. Codes joined with " / " (the
   * DfE's joint returns, "940 / 941") give one council each, with the names joined the same way.
   */
  match(file: AreaFile, code: string, name: string): AreaMatch {
    const c = code.trim();
    const n = name.replace(/\s+/g, ' ').trim();
    const special = AREA_CODES.find(
      (x) => x.files.includes(file) && x.code === c && looseName(x.name) === looseName(n),
    );
    if (special) {
      const unknown = special.authorities.filter((s) => !this.slugs.has(s));
      if (unknown.length)
        return {
          ok: false,
          field: 'code',
          message: `AREA_CODES in scripts/import/area-codes.ts maps ${c} to ${unknown.join(', ')}, which authorities.csv does not have`,
          expected: 'slugs from authorities.csv',
        };
      return { ok: true, authorities: [...special.authorities], note: special.note };
    }
    const codes = c.split(' / ');
    const names = n.split(' / ');
    if (codes.length > 1 && codes.length !== names.length)
      return {
        ok: false,
        field: 'name',
        message: `joint code "${c}" names ${names.length} council(s)`,
        expected: 'one name per code, joined with " / "',
      };
    const out: string[] = [];
    for (const [i, one] of codes.entries()) {
      const oneName = names[codes.length > 1 ? i : 0] ?? n;
      if (!/^\d{3}$/.test(one))
        return {
          ok: false,
          field: 'code',
          message: `unknown area code "${one}" for ${n}`,
          expected:
            'a three-digit old LA number, or a code listed in AREA_CODES (scripts/import/area-codes.ts)',
        };
      const candidates = this.byNumber.get(Number(one)) ?? [];
      const found = candidates.find((a) => looseName(a.name) === looseName(oneName));
      if (!found) return this.noMatch(one, oneName, candidates);
      out.push(found.slug);
    }
    const note =
      codes.length > 1
        ? `${names.join(' and ')} make one joint return: the figures cover both councils.`
        : null;
    return { ok: true, authorities: out, note };
  }

  /**
   * Why a row's number and name match no council, pointing at the cell to fix: a name close to
   * the numbered council's is a typo ("did you mean"); a name that is another council's, with
   * another number, is a re-coded council (data/curated/council-changes.csv); a name close to no
   * council is the name's fault; an unknown number of no known council is a new council.
   */
  private noMatch(code: string, name: string, candidates: readonly AuthorityRef[]): AreaMatch {
    const loose = looseName(name);
    const typo = nearestCouncil(loose, candidates);
    if (typo && closeEnough(loose, looseName(typo.a.name)))
      return {
        ok: false,
        field: 'name',
        message: `LA number ${code} is ${typo.a.name} in authorities.csv, but the file names it "${name}": did you mean "${typo.a.name}"?`,
        expected: `the council's name as authorities.csv spells it ("${typo.a.name}"); correct the name in the file`,
      };
    const other = this.all.find((a) => looseName(a.name) === loose);
    if (other)
      return {
        ok: false,
        field: 'code',
        message: `the file gives ${name} the LA number ${code}, but authorities.csv gives ${other.name} ${other.laNumber}${candidates.length ? ` and ${code} to ${candidates.map((a) => a.name).join(' or ')}` : ''}: a re-coded council?`,
        expected: `${other.name}'s LA number ${other.laNumber}; if the publisher now numbers it ${code}, a "recoded" row for it in data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council"), never a change to the code`,
      };
    const closest = nearestCouncil(loose, this.all);
    const guess =
      closest && closeEnough(loose, looseName(closest.a.name))
        ? `: did you mean "${closest.a.name}" (LA number ${closest.a.laNumber})?`
        : '';
    if (candidates.length)
      return {
        ok: false,
        field: 'name',
        message: `LA number ${code} is ${candidates.map((a) => a.name).join(' or ')} in authorities.csv, but the file names it "${name}", which matches no council${guess}`,
        expected: `the name of a council in authorities.csv; ${COUNCIL_HELP}`,
      };
    return {
      ok: false,
      field: guess ? 'name' : 'code',
      message: `LA number ${code} (${name}) is not in authorities.csv: a new or re-coded council${guess ? `, or a misspelt name${guess}` : ''}`,
      expected: `an old LA number from authorities.csv; ${COUNCIL_HELP}`,
    };
  }
}
