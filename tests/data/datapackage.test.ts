/**
 * datapackage.json read the way a reuser would: the reference Frictionless implementation for
 * JavaScript (`datapackage`) loads the package the site publishes, with the committed CSV files
 * under their download names, and reads every resource with casting and foreign keys on.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/data/datapackage';
import { DATASETS, DATASET_KEYS } from '../../src/data/datasets';
import { dataDirectory, loadDataset } from '../../src/data/load';
import { parseCsv } from '../../src/data/csv';

const dir = mkdtempSync(join(tmpdir(), 'inspected-datapackage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The published folder: datapackage.json and every download, as /data/ serves them. */
function publish(descriptor: object): string {
  for (const k of DATASET_KEYS)
    copyFileSync(join(dataDirectory(), DATASETS[k].file), join(dir, DATASETS[k].download));
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor, null, 2));
  return join(dir, 'datapackage.json');
}

/** Every row a resource fails to read or cast, as "resource row n: message". */
async function readErrors(
  pkg: Package,
  relations: boolean,
): Promise<{ rows: Record<string, number>; errors: string[] }> {
  const rows: Record<string, number> = {};
  const errors: string[] = [];
  for (const r of pkg.resources) {
    try {
      const read = await r.read({ cast: true, forceCast: true, relations });
      rows[r.name] = read.length;
      for (const [i, row] of read.entries())
        if (row instanceof Error)
          errors.push(
            `${r.name} row ${i + 2}: ${[row.message, ...(row.errors ?? []).map((e) => e.message)].join('; ')}`,
          );
    } catch (e) {
      errors.push(`${r.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { rows, errors };
}

const descriptor = dataPackage(loadDataset());
const dataRows = (k: (typeof DATASET_KEYS)[number]) =>
  parseCsv(readFileSync(join(dataDirectory(), DATASETS[k].file), 'utf8')).records.length;

describe('datapackage.json in a reference Frictionless implementation', () => {
  it('is a valid tabular data package', async () => {
    const pkg = await Package.load(publish(descriptor), { basePath: dir, strict: true });
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('reads every row of every resource, cast to its type, with 0 errors and every foreign key found', async () => {
    const pkg = await Package.load(publish(descriptor), { basePath: dir });
    const { rows, errors } = await readErrors(pkg, true);
    expect(errors).toEqual([]);
    expect(rows).toEqual(
      Object.fromEntries(DATASET_KEYS.map((k) => [DATASETS[k].download.replace(/\.csv$/, ''), dataRows(k)])),
    );
  });

  it('fails, naming the rows, when a boolean’s spelling is not declared', async () => {
    const broken = structuredClone<typeof descriptor>(descriptor);
    const current = broken.resources
      .find((r) => r.name === 'authorities')!
      .schema.fields.find((f) => f.name === 'current')!;
    delete (current as { trueValues?: unknown }).trueValues;
    const pkg = await Package.load(publish(broken), { basePath: dir });
    const { errors } = await readErrors(pkg, false);
    const yes = [...loadDataset().authorities.values()].filter((a) => a.current).length;
    expect(errors.length).toBe(yes);
    expect(errors[0]).toMatch(/^authorities row 2: .*"yes" in column "current"/);
  });

  it('fails when a row refers to a council that authorities.csv does not hold', async () => {
    const path = publish(descriptor);
    const file = join(dir, DATASETS.neighbours.download);
    const [header, first, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [header, first?.replace(/^[a-z-]+,/, 'atlantis,'), ...rest].join('\n'));
    const pkg = await Package.load(path, { basePath: dir });
    const { errors } = await readErrors(pkg, true);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^neighbours row 2: .*foreign key/i);
  });

  it('fails when a file is read without its dialect and its quoted notes are misread', async () => {
    const broken = structuredClone<typeof descriptor>(descriptor);
    const inspections = broken.resources.find((r) => r.name === 'inspections')!;
    delete (inspections as { dialect?: unknown }).dialect;
    const pkg = await Package.load(publish(broken), { basePath: dir });
    const { errors } = await readErrors(pkg, false);
    expect(errors.some((e) => e.startsWith('inspections'))).toBe(true);
  });
});
