/**
 * The Data Package as the site publishes it, read the way a reuser reads it: datapackage.json
 * with every CSV download as /data/ serves it (src/data/downloads.ts, text cells made safe for
 * spreadsheets), in the reference Frictionless library (`datapackage`), typed by its schema, with
 * foreign keys: 0 errors. Formula neutralising once turned LAIT's missing marker `-` into `'-` in
 * 487 cells (487 errors here); the chart CSVs of the adoption charts are read typed as well.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package, Resource } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_MISSING_VALUES } from '../../src/charts/figure';
import { allChartSpecs, renderChart } from '../../src/charts/registry';
import { parseCsv } from '../../src/data/csv';
import { dataPackage } from '../../src/data/datapackage';
import { DATASETS, DATASET_KEYS } from '../../src/data/datasets';
import { downloadCsv } from '../../src/data/downloads';
import { loadDataset } from '../../src/data/load';

const dir = mkdtempSync(join(tmpdir(), 'inspected-downloads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = loadDataset();
/** The measured columns of the adoption charts' CSVs. */
const MEASURES = ['adopted', 'adopted_percent', 'adoptions', 'a10_days', 'a2_days'];

/** Every row a resource fails to read or cast, as "resource row n: message". */
async function readErrors(resources: Resource[], relations: boolean): Promise<string[]> {
  const errors: string[] = [];
  for (const r of resources) {
    try {
      const rows = await r.read({ cast: true, forceCast: true, relations });
      for (const [i, row] of rows.entries())
        if (row instanceof Error)
          errors.push(
            `${r.name} row ${i + 2}: ${[row.message, ...(row.errors ?? []).map((e) => e.message)].join('; ')}`,
          );
    } catch (e) {
      errors.push(`${r.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return errors;
}

describe('the published Data Package in the Frictionless library', () => {
  it('reads every download as served, typed by its schema, with 0 errors and missing values as missing', async () => {
    for (const k of DATASET_KEYS) writeFileSync(join(dir, DATASETS[k].download), downloadCsv(k));
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(dataPackage(data), null, 2));
    const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
    expect(pkg.valid).toBe(true);
    expect(await readErrors(pkg.resources, true)).toEqual([]);
    // LAIT's "-" is read as missing (null), never as text.
    const counts = pkg.getResource('adoption-counts');
    const rows = (await counts?.read({ keyed: true, cast: true })) as Record<string, unknown>[];
    const dashes = parseCsv(downloadCsv('adoptionCounts')).records.filter((r) => r.cells[7] === '-').length;
    expect(dashes).toBeGreaterThan(0);
    expect(rows.filter((r) => r['value'] === null && r['measure']).length).toBeGreaterThanOrEqual(dashes);
    expect(rows.some((r) => typeof r['value'] === 'string')).toBe(false);
  });

  it('reads the adoption charts’ CSVs with its numbers typed and its symbols as missing values', async () => {
    // The councils whose adoption counts hold LAIT's "-", and ten more with the ASGLB's times.
    const dashed = new Set(
      data.adoptionCounts.filter((r) => !('value' in r.value)).flatMap((r) => r.authorities),
    );
    const specs = allChartSpecs(data).filter(
      (s) => s.type === 'adoptions' && dashed.has(s.options['authority'] ?? ''),
    );
    specs.push(
      ...allChartSpecs(data)
        .filter((s) => s.type === 'adoption-times')
        .slice(0, 10),
    );
    expect(specs.length).toBeGreaterThan(10);
    const resources: Resource[] = [];
    let withDash = 0;
    for (const s of specs) {
      const csv = renderChart(data, s.type, s.options).csv;
      const { header, records } = parseCsv(csv);
      if (records.some((r) => r.cells.includes('-'))) withDash++;
      // A number column: every cell a number or a declared missing value, and some number.
      const number = (c: string) => /^-?\d+(\.\d+)?$/.test(c);
      const missing = (c: string) => CHART_MISSING_VALUES.includes(c);
      const fields = header.map((name, i) => {
        const cells = records.map((r) => r.cells[i] ?? '');
        const numeric = cells.some(number) && cells.every((c) => number(c) || missing(c));
        return { name, type: numeric ? 'number' : 'string' };
      });
      // The measures stay numbers, whatever symbols stand in for some of them.
      for (const f of fields)
        if (MEASURES.includes(f.name))
          expect({ chart: s.id, ...f }).toEqual({ chart: s.id, name: f.name, type: 'number' });
      writeFileSync(join(dir, `${s.id}.csv`), csv);
      resources.push(
        await Resource.load(
          {
            name: s.id,
            path: `${s.id}.csv`,
            profile: 'tabular-data-resource',
            schema: { fields, missingValues: [...CHART_MISSING_VALUES] },
          },
          { basePath: dir },
        ),
      );
    }
    expect(withDash).toBeGreaterThan(0);
    expect(await readErrors(resources, false)).toEqual([]);
  });
});
