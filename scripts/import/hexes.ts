/**
 * Hex map importer: `data/hexes.csv`, one hexagon per current council, from Open Innovations'
 * HexJSON layout of the UK's upper-tier local authorities (`../shared/data-raw/maps/`, MIT
 * licence). The layout predates the 2019-2023 reorganisations; its README lists the councils
 * whose code changed and the two counties that each became two councils. Those changes are
 * applied here, from `LAYOUT_CHANGES`, each written into the row's `change` column, so a reader
 * of hexes.csv sees every difference from the file as shipped.
 *
 * Every hexagon of the file is accounted for: written for the current council with its code (or
 * its new code), or skipped with a reason when it is no current council of the authority list.
 * The hexagons Inspected adds for the split counties are counted as read from the change list, so
 * read = written + skipped. A current council without a hexagon, two hexagons in one place, a
 * layout other than odd-r or a hexagon without whole-number coordinates stops the import, every
 * problem listed at once. Rows are written in slug order, so the same file gives the same bytes.
 */
import { readInputText } from './lib/input-files';
import { basename } from 'node:path';
import { DATASETS } from './columns';
import { cmp, type CsvRecord } from './lib/csv-out';
import type { Inputs } from './lib/paths';
import { ImportError, readingFile } from './lib/problems';
import type { AuthorityRef, ImporterResult, ImportOutput, Skip } from './lib/report';

/** One change to the layout: a hexagon re-coded, added beside another, or moved to make room. */
type LayoutChange =
  | { kind: 'recode'; from: string; to: string; why: string }
  | { kind: 'add'; code: string; q: number; r: number; why: string }
  | { kind: 'move'; code: string; q: number; r: number; why: string };

/**
 * The changes made to the layout, from the README of the raw file. Cumbria's hexagon is
 * Westmorland and Furness's (the south, beside Lancashire) and Cumberland's is added above it;
 * Northamptonshire's is West Northamptonshire's, moved one place west with Warwickshire and
 * Herefordshire, and North Northamptonshire's takes the old place, beside Leicestershire.
 */
const LAYOUT_CHANGES: readonly LayoutChange[] = [
  {
    kind: 'recode',
    from: 'E10000002',
    to: 'E06000060',
    why: 'new ONS code for the same area (Buckinghamshire, 2020)',
  },
  {
    kind: 'recode',
    from: 'E10000023',
    to: 'E06000065',
    why: 'new ONS code for the same area (North Yorkshire, 2023)',
  },
  {
    kind: 'recode',
    from: 'E10000027',
    to: 'E06000066',
    why: 'new ONS code for the same area (Somerset, 2023)',
  },
  {
    kind: 'recode',
    from: 'E10000006',
    to: 'E06000064',
    why: 'Cumbria’s hexagon, for Westmorland and Furness (2023)',
  },
  { kind: 'add', code: 'E06000063', q: 6, r: 15, why: 'added above Cumbria’s hexagon for Cumberland (2023)' },
  {
    kind: 'recode',
    from: 'E10000021',
    to: 'E06000062',
    why: 'Northamptonshire’s hexagon, for West Northamptonshire (2021)',
  },
  {
    kind: 'move',
    code: 'E06000062',
    q: 6,
    r: 6,
    why: 'moved one place west to make room for North Northamptonshire',
  },
  {
    kind: 'move',
    code: 'E10000031',
    q: 5,
    r: 6,
    why: 'moved one place west to make room for North Northamptonshire',
  },
  {
    kind: 'move',
    code: 'E06000019',
    q: 4,
    r: 6,
    why: 'moved one place west to make room for North Northamptonshire',
  },
  {
    kind: 'add',
    code: 'E06000061',
    q: 7,
    r: 6,
    why: 'added in Northamptonshire’s old place for North Northamptonshire (2021)',
  },
];

export const NOT_CURRENT_REASON = 'not the ONS code of a current council in the authority list';

interface RawHex {
  code: string;
  name: string;
  q: number;
  r: number;
}

/** The hexagons of a HexJSON text, in file order; problems for anything not as expected. */
function readHexJson(path: string, text: string, problems: string[]): RawHex[] {
  const file = basename(path);
  const doc = readingFile(file, 'HexJSON file', () => JSON.parse(text) as unknown);
  const obj = (doc ?? {}) as { layout?: unknown; hexes?: unknown };
  if (obj.layout !== 'odd-r') problems.push(`${file}: layout "${String(obj.layout)}": expected "odd-r"`);
  if (typeof obj.hexes !== 'object' || obj.hexes === null) {
    problems.push(`${file}: no "hexes" object`);
    return [];
  }
  const out: RawHex[] = [];
  for (const [code, v] of Object.entries(obj.hexes as Record<string, unknown>)) {
    const h = (v ?? {}) as { n?: unknown; q?: unknown; r?: unknown };
    if (!/^[EWSN]\d{8}$/.test(code))
      problems.push(`${file}: hexagon "${code}": expected an ONS code as its key`);
    if (!Number.isInteger(h.q) || !Number.isInteger(h.r) || (h.q as number) < 0 || (h.r as number) < 0) {
      problems.push(`${file}: hexagon ${code}: expected whole-number q and r from 0`);
      continue;
    }
    out.push({ code, name: typeof h.n === 'string' ? h.n : code, q: h.q as number, r: h.r as number });
  }
  return out;
}

export function importHexesText(
  path: string,
  text: string,
  authorities: readonly AuthorityRef[],
  changes: readonly LayoutChange[] = LAYOUT_CHANGES,
): ImportOutput {
  const problems: string[] = [];
  const file = basename(path);
  const raw = readHexJson(path, text, problems);
  const current = new Map(authorities.filter((a) => a.current).map((a) => [a.onsCode, a]));
  const skipped: Skip[] = [];
  /** Per current council's ONS code: its hexagon, the code it has in the file, what changed. */
  const placed = new Map<string, { q: number; r: number; mapCode: string; change: string[] }>();
  const recode = new Map(changes.flatMap((c) => (c.kind === 'recode' ? [[c.from, c]] : [])));
  for (const h of raw) {
    const rc = recode.get(h.code);
    const code = rc ? rc.to : h.code;
    if (!current.has(code)) {
      skipped.push({ where: `${file} hexagon ${h.code} (${h.name})`, reason: NOT_CURRENT_REASON });
      continue;
    }
    placed.set(code, {
      q: h.q,
      r: h.r,
      mapCode: h.code,
      change: rc ? [`${h.code} re-coded: ${rc.why}`] : [],
    });
  }
  let added = 0;
  for (const c of changes) {
    if (c.kind === 'add') {
      if (!current.has(c.code)) continue;
      added++;
      placed.set(c.code, { q: c.q, r: c.r, mapCode: c.code, change: [c.why] });
    } else if (c.kind === 'move') {
      const p = placed.get(c.code);
      if (!p) continue;
      p.change.push(`from column ${p.q}, row ${p.r}: ${c.why}`);
      p.q = c.q;
      p.r = c.r;
    }
  }
  const at = new Map<string, string>();
  for (const [code, p] of placed) {
    const key = `${p.q},${p.r}`;
    const other = at.get(key);
    if (other)
      problems.push(
        `${file}: ${other} and ${code} share column ${p.q}, row ${p.r}; expected one hexagon per place`,
      );
    else at.set(key, code);
  }
  const rows: CsvRecord[] = [];
  for (const [code, a] of [...current].sort(([, x], [, y]) => cmp(x.slug, y.slug))) {
    const p = placed.get(code);
    if (!p) {
      problems.push(
        `${file}: no hexagon for ${a.name} (${code}), a current council; add it to LAYOUT_CHANGES in scripts/import/hexes.ts`,
      );
      continue;
    }
    rows.push({
      authority: a.slug,
      q: p.q,
      r: p.r,
      map_code: p.mapCode,
      change: p.change.join('; ') || null,
    });
  }
  if (problems.length)
    throw new ImportError(
      `Hex map import failed with ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
      problems,
    );
  return {
    ...DATASETS.hexes,
    rows,
    read: raw.length + added,
    skipped,
    notes: [
      `${raw.length} hexagons read from ${file}, ${added} added for councils created since it was drawn`,
    ],
  };
}

/** The hex map step, for the authority list of the Ofsted step. */
export function importHexes(
  inputs: Pick<Inputs, 'hexMap'>,
  authorities: readonly AuthorityRef[],
): ImporterResult {
  const text = readingFile(basename(inputs.hexMap), 'HexJSON file', () => readInputText(inputs.hexMap));
  return { outputs: [importHexesText(inputs.hexMap, text, authorities)], sources: [] };
}
