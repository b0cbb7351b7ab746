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

export type AreaMatch =
  { ok: true; authorities: string[]; note: string | null } | { ok: false; message: string; expected: string };

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
        message: `joint code "${c}" names ${names.length} council(s)`,
        expected: 'one name per code, joined with " / "',
      };
    const out: string[] = [];
    for (const [i, one] of codes.entries()) {
      const oneName = names[codes.length > 1 ? i : 0] ?? n;
      if (!/^\d{3}$/.test(one))
        return {
          ok: false,
          message: `unknown area code "${one}" for ${n}`,
          expected:
            'a three-digit old LA number, or a code listed in AREA_CODES (scripts/import/area-codes.ts)',
        };
      const candidates = this.byNumber.get(Number(one)) ?? [];
      if (candidates.length === 0)
        return {
          ok: false,
          message: `LA number ${one} (${n}) is not in authorities.csv: a new or re-coded council`,
          expected: `an old LA number from authorities.csv; ${COUNCIL_HELP}; a joint return goes in AREA_CODES (scripts/import/area-codes.ts)`,
        };
      const found = candidates.find((a) => looseName(a.name) === looseName(oneName));
      if (!found)
        return {
          ok: false,
          message: `LA number ${one} is ${candidates.map((a) => a.name).join(' or ')} in authorities.csv, but the file names it "${oneName}": a re-coded council?`,
          expected:
            'the name of the council with that number; if the publisher re-used a number, map it in AREA_CODES (scripts/import/area-codes.ts)',
        };
      out.push(found.slug);
    }
    const note =
      codes.length > 1
        ? `${names.join(' and ')} make one joint return: the figures cover both councils.`
        : null;
    return { ok: true, authorities: out, note };
  }
}
