/**
 * One schema per dataset (src/data/datasets.ts), and every artefact derived from it: each is
 * generated here from the schema and checked against what the site and importers actually use.
 */
import { abolitions } from '../../src/data/abolitions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import { dataPackage } from '../../src/data/datapackage';
import { DATASETS, DATASET_KEYS, type Column } from '../../src/data/datasets';
import { columnsOf, serialiseRow } from '../../src/data/dataset-rows';
import { FILES } from '../../src/data/dictionary';
import { DATA_FILES, buildDataset, dataDirectory, loadDataset } from '../../src/data/load';
import { csvText, datasetRecords, dataTexts } from '../helpers/dataset-fixture';
import { problemsFrom, refusals } from '../helpers/load-problems';

const committed = (k: keyof typeof DATASETS) => readFileSync(join(dataDirectory(), DATASETS[k].file), 'utf8');

/** Each problem the loader reports for these texts, by file, line and field (no column). */
const problemsOf = (texts: Parameters<typeof buildDataset>[0]) =>
  problemsFrom(
    () => buildDataset(texts),
    (e) => e.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`),
  );

describe('the datasets schema', () => {
  it.each(DATASET_KEYS)('%s: the committed file has the schema’s columns, in order', (k) => {
    expect(parseCsv(committed(k)).header).toEqual(columnsOf(k));
  });

  // Inspections and sources are checked below; curated grades are folded into the inspections
  // they grade (and checked in load.test.ts); council changes are the importers' (their own tests).
  it.each(
    DATASET_KEYS.filter(
      (k) => !['inspections', 'sources', 'curatedSources', 'curatedGrades', 'councilChanges'].includes(k),
    ),
  )('%s: loading the committed file and writing it back with the schema gives the same rows', (k) => {
    const data = loadDataset();
    const records = {
      ...datasetRecords(data),
      curatedEvents: data.inspections.filter((i) =>
        parseCsv(committed('curatedEvents')).records.some((r) => r.cells[0] === i.id),
      ),
      abolitions: [...abolitions(data).values()],
    }[k];
    // Generated files byte for byte; curated ones, written by hand, may quote more than needed.
    if (DATASETS[k].curated) expect(parseCsv(csvText(k, records))).toEqual(parseCsv(committed(k)));
    else expect(csvText(k, records)).toBe(committed(k));
  });

  it('inspections and sources: written back with the schema, every committed row is there', () => {
    const data = loadDataset();
    const lines = (t: string) => new Set(t.trimEnd().split('\n'));
    const texts = dataTexts(data);
    for (const k of ['inspections', 'sources'] as const) {
      const written = lines(texts[k]);
      for (const line of lines(committed(k))) expect(written.has(line), `${k}: ${line}`).toBe(true);
    }
  });

  it('the loader reads each dataset from the schema’s file', () => {
    expect(DATA_FILES).toEqual(Object.fromEntries(DATASET_KEYS.map((k) => [k, DATASETS[k].file])));
  });

  it('the data dictionary lists every file and column, in order', () => {
    expect(FILES.map((f) => f.key)).toEqual(DATASET_KEYS);
    for (const f of FILES) {
      expect(f.download).toBe(DATASETS[f.key].download);
      expect(f.fields.map((x) => x.name)).toEqual(columnsOf(f.key));
      const columns: Record<string, Column> = DATASETS[f.key].columns;
      for (const x of f.fields) {
        const c = columns[x.name]!;
        expect(x.meaning.startsWith(c.description)).toBe(true);
        for (const v of c.values ?? []) expect(x.meaning).toContain(v);
        for (const s of c.symbols ?? []) expect(x.meaning).toContain(`${s} (`);
        expect(x.meaning.includes('Empty when not given')).toBe(!c.required);
      }
    }
  });

  it('datapackage.json describes every file, column, key and reference from the schema', () => {
    const pkg = dataPackage(loadDataset());
    expect(pkg.resources.map((r) => r.path)).toEqual(DATASET_KEYS.map((k) => DATASETS[k].download));
    for (const [i, k] of DATASET_KEYS.entries()) {
      const r = pkg.resources[i]!;
      expect(r.schema.fields.map((f) => f.name)).toEqual(columnsOf(k));
      const columns: Record<string, Column> = DATASETS[k].columns;
      expect(r.schema.fields.map((f) => f.type)).toEqual(Object.values(columns).map((c) => c.type));
      expect('primaryKey' in r.schema ? r.schema.primaryKey : []).toEqual(DATASETS[k].primaryKey);
      expect(r.dialect.lineTerminator).toBe('\n');
    }
    const authorities = pkg.resources.find((r) => r.name === 'authorities')!;
    expect(authorities.schema.fields.find((f) => f.name === 'current')).toMatchObject({
      type: 'boolean',
      trueValues: ['yes'],
      falseValues: ['no'],
    });
    const inspections = pkg.resources.find((r) => r.name === 'inspections')!;
    expect('foreignKeys' in inspections.schema && inspections.schema.foreignKeys).toEqual([
      { fields: 'authority', reference: { resource: 'authorities', fields: 'slug' } },
      { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
    ]);
  });

  it('writes a record in the schema’s column order, with yes/no booleans and empty nulls', () => {
    expect(
      serialiseRow('authorities', {
        source: 's',
        slug: 'x',
        current: false,
        successors: null,
        name: 'X',
        la_number: 301,
      }),
    ).toEqual(['x', 'X', '', '301', '', '', '', 'no', '', '', 's']);
  });
});

describe('the loader, from the schema’s keys and references', () => {
  refusals(
    [
      {
        name: 'reports a duplicate composite key',
        append: { adoptionStages: '2025,1,Entry to decision again,Total,00:10,10,ofsted-la-outcomes-2025\n' },
        problems: [
          'data/adoption-stages.csv:3 age: duplicate row: another row has the same year, stage, age',
        ],
      },
      {
        name: 'reports a source cited from the other file than the schema says',
        replace: { neighbours: [[',Close,ofsted-la-outcomes-2025', ',Close,jar-press']] },
        problems: [
          'data/neighbours.csv:2 source: expected an id from sources.csv, not curated/sources.csv: rows of neighbours.csv cite sources.csv',
        ],
      },
      {
        name: 'reports every unknown council in a list of successors',
        replace: {
          authorities: [
            [
              'London Borough,https://reports.ofsted.gov.uk/provider/44/309,yes,,',
              'London Borough,https://reports.ofsted.gov.uk/provider/44/309,no,havering nowhere,',
            ],
          ],
        },
        problems: [
          'data/authorities.csv:2 successors: unknown council; expected a slug from authorities.csv',
        ],
      },
    ],
    { problems: problemsOf },
  );
});
