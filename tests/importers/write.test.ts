/**
 * The import as a whole, on fixtures, into a temporary `data/`: outputs are written only when
 * every importer succeeded; a failure half way leaves the folder byte-identical and no staging
 * folder behind; the CLI prints problems, never a stack trace.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../scripts/import/columns';
import { importSteps, runCli, type StepOptions } from '../../scripts/import/index';
import type { Inputs } from '../../scripts/import/lib/paths';
import { importInto, type ImportStep } from '../../scripts/import/write';
import { COMMUNITY_DATE, FIXTURE_FILES } from '../fixtures/ofsted/build-fixtures';
import { dfeFixture, FIXTURE_INPUTS, importArgs } from '../helpers/import-inputs';

/** The files the fixture's steps write (the adoption, workforce and 2025 neighbours step is not among them). */
const OUTPUT_FILES = Object.entries(DATASETS)
  .filter(([k]) => !['adoptionAsglb', 'adoptionCounts', 'workforce', 'neighbours2025'].includes(k))
  .map(([, d]) => d.file)
  .sort();

/** Every file in a folder (names starting with a dot included) with its bytes as text. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/**
 * The Ofsted and DfE steps and sources.csv. The adoption, workforce and 2025 neighbours step reads
 * fixtures laid out for its own tests (tests/importers/asglb.test.ts and beside it), whose councils
 * the small Ofsted fixtures do not hold; the writer treats every step alike.
 */
const fixtureSteps = (i: Inputs, opts: StepOptions): ImportStep[] =>
  importSteps(i, opts).filter((s) => s.name !== 'Adoption, workforce and 2025 neighbours');

function cli(
  argv: string[],
  dataDir: string,
  steps: (i: Inputs, opts: StepOptions) => ImportStep[] = fixtureSteps,
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { dataDir, log: (l) => out.push(l), error: (l) => err.push(l) }, steps);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A data folder holding a first, complete import of the fixtures. */
function importedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  const r = cli(importArgs(FIXTURE_INPUTS), dir);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return dir;
}

describe('atomic import into data/', () => {
  it('writes every dataset, and leaves no staging folder', () => {
    const dir = importedDataDir();
    expect(readdirSync(dir).sort()).toEqual(OUTPUT_FILES);
    expect(readFileSync(join(dir, 'inspections.csv'), 'utf8')).toMatch(/^id,authority,framework,/);
    expect(readFileSync(join(dir, 'neighbours.csv'), 'utf8')).toContain(
      '\nhavering,2,dorset,Close,dfe-statistical-neighbours-2021\n',
    );
    expect(readFileSync(join(dir, 'care-leavers.csv'), 'utf8')).toContain(
      '\n2025,authority,E09000014,Haringey,haringey,19-21,120,240,50,dfe-cla-2025\n',
    );
  });

  it('a second importer that fails leaves data/ byte-identical and no staging folder', () => {
    const dir = importedDataDir();
    // The first importer would change it (a grade edited by hand).
    const published = join(dir, 'inspections.csv');
    writeFileSync(published, readFileSync(published, 'utf8').replace(',good,', ',inadequate,'));
    const before = snapshot(dir);
    const r = cli(
      importArgs({
        ...FIXTURE_INPUTS,
        adoptionStages: dfeFixture(
          'national_cla_adopted_average_time_between_adoption_process_stages_malformed.csv',
        ),
      }),
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^DfE import failed with 2 problem\(s\):\n/);
    expect(r.err).toContain('_malformed.csv:3:9: malformed average time (got "1 year 11 months"');
    expect(r.err).toContain('(Not run, as DfE failed: Places, Hex map, sources.)');
    expect(r.err).toContain('Nothing was written: data/ is unchanged.');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a step that throws after another has written to the staging folder changes nothing', () => {
    const dir = importedDataDir();
    // The first step would change it (a name edited by hand).
    const published = join(dir, 'authorities.csv');
    writeFileSync(published, readFileSync(published, 'utf8').replace(',Haringey,', ',Haringay,'));
    const before = snapshot(dir);
    const [ofsted] = importSteps(FIXTURE_INPUTS, { dataDir: dir, communityDate: COMMUNITY_DATE });
    const steps: ImportStep[] = [
      ofsted!,
      {
        name: 'broken',
        run: () => {
          throw new Error('the second importer broke');
        },
      },
    ];
    expect(() => importInto(dir, steps)).toThrow('the second importer broke');
    expect(snapshot(dir)).toEqual(before);
    // Through the CLI: the message, not a stack trace.
    const r = cli(importArgs(FIXTURE_INPUTS), dir, () => steps);
    expect(r.err).toBe(
      'data:import failed: the second importer broke\nNothing was written: data/ is unchanged.',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps a published area the newer lookup lacks, until the editor names it', () => {
    const dir = importedDataDir();
    // An area an older lookup held: Bournemouth, before the 2019 Dorset reorganisation.
    const published = join(dir, 'places.csv');
    const old =
      'E06000028,Bournemouth,E06000058,"Bournemouth, Christchurch and Poole",bournemouth-christchurch-and-poole,ons-ltla-utla-lookup-2023\n';
    const text = readFileSync(published, 'utf8');
    const withOld = text.replace(/\nE06000053,/, `\n${old}E06000053,`);
    expect(withOld).not.toBe(text);
    writeFileSync(published, withOld);
    const kept = cli(importArgs(FIXTURE_INPUTS), dir);
    expect(kept).toMatchObject({ code: 0, err: '' });
    expect(kept.out).toContain('places.csv: read 6 = written 5 + skipped 1; 1 kept from the published data');
    expect(readFileSync(published, 'utf8')).toBe(withOld);
    const removed = cli([...importArgs(FIXTURE_INPUTS), '--allow-removal', 'places:E06000028'], dir);
    expect(removed).toMatchObject({ code: 0, err: '' });
    expect(removed.out).toContain('places.csv: read 6 = written 5 + skipped 1; 1 removed');
    expect(readFileSync(published, 'utf8')).toBe(text);
  });

  it('--verify compares with data/ and never writes it', () => {
    const dir = importedDataDir();
    expect(cli([...importArgs(FIXTURE_INPUTS), '--verify'], dir)).toMatchObject({ code: 0, err: '' });
    writeFileSync(join(dir, 'sources.csv'), 'id\n');
    const before = snapshot(dir);
    const r = cli([...importArgs(FIXTURE_INPUTS), '--verify'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'data:verify: committed data differs from a fresh import: sources.csv. Run npm run data:import and commit.',
    );
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('the CLI prints problems, never a stack trace', () => {
  it('unknown arguments and missing files, each listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    const r = cli(
      ['--nope=1', ...importArgs({ ...FIXTURE_INPUTS, neighbours: join(dir, 'missing.csv') })],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown argument "--nope=1": expected --verify, --verbose, --<input>=<path>');
    const missing = cli(importArgs({ ...FIXTURE_INPUTS, neighbours: join(dir, 'missing.csv') }), dir);
    expect(missing.err).toContain(`Input files not found:\n  neighbours: ${join(dir, 'missing.csv')}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a truncated spreadsheet: the file named, data/ unchanged', () => {
    const dir = importedDataDir();
    const before = snapshot(dir);
    const cut = join(mkdtempSync(join(tmpdir(), 'cut-')), 'outcomes-2025.ods');
    const bytes = readFileSync(FIXTURE_FILES.outcomes2025);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    const r = cli(importArgs({ ...FIXTURE_INPUTS, outcomes2025: cut }), dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^Ofsted import failed with 1 problem:\n {2}- outcomes-2025\.ods: not a readable OpenDocument spreadsheet \(\.ods\); the file may be truncated or corrupt \(.+\)\n\(Not run, as Ofsted failed: DfE, Places, Hex map, sources\.\)\nNothing was written: data\/ is unchanged\.$/,
    );
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('every output is checked before anything is written', () => {
  const step = (rows: Record<string, string>[], read: number, skipped = 0): ImportStep => ({
    name: 'test importer',
    run: () => [
      {
        ...DATASETS.adoptionStages,
        rows,
        read,
        skipped: Array.from({ length: skipped }, (_, i) => ({
          where: `f.csv line ${i + 2}`,
          reason: 'blank row',
        })),
      },
    ],
  });
  const row = {
    year: '2025',
    stage: '1',
    stage_label: 'x',
    age: 'Total',
    raw: '00:09',
    months: '9',
    source: 'dfe-cla-2025',
  };

  it('read = written + skipped, exactly, or the import stops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    expect(() => importInto(dir, [step([row], 3, 1)])).toThrow(
      'test importer: its output is not right (an importer bug, not a problem in the file):\n  adoption-stages.csv: read 3 but wrote 1 and skipped 1; every row must be written or skipped with a reason',
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(importInto(dir, [step([row], 2, 1)]).map((w) => w.output.file)).toEqual(['adoption-stages.csv']);
  });

  it('a value the dataset would refuse never reaches data/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    expect(() => importInto(dir, [step([{ ...row, months: '1 234' }], 1)])).toThrow(
      'adoption-stages.csv: row 2 (2025/1/Total) months: expected a number from 0 to 600 (got "1 234")',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
