/**
 * Every hand-curated file in data/curated/ is a dataset of src/data/datasets.ts, and is read
 * through the safe-file reader: a symbolic link in its place (to a file outside, or anywhere) is
 * refused by the check with the file's name, never followed. curated/abolitions.csv was once read
 * by its own readFileSync and a link there passed the check.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCouncilChangesText } from '../../scripts/import/lib/council-changes';
import { abolitions } from '../../src/data/abolitions';
import { DATASETS, DATASET_KEYS } from '../../src/data/datasets';
import { DataValidationError, loadDataset, readDataFiles } from '../../src/data/load';
import { formatProblem } from '../../src/data/schema';

describe('curated files', () => {
  it('every CSV in data/curated/ is in the dataset definitions', () => {
    const defined = new Set(DATASET_KEYS.map((k) => DATASETS[k].file));
    const curated = readdirSync(join('data', 'curated'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => `curated/${f}`);
    expect(curated.length).toBeGreaterThan(0);
    expect(curated.filter((f) => !defined.has(f))).toEqual([]);
    expect(
      DATASET_KEYS.filter((k) => DATASETS[k].curated)
        .map((k) => DATASETS[k].file)
        .sort(),
    ).toEqual(curated.sort());
  });

  it.each(['curated/abolitions.csv', 'curated/council-changes.csv'])(
    'a symbolic link in place of %s is refused with its name',
    (file) => {
      const dir = mkdtempSync(join(tmpdir(), 'data-'));
      cpSync('data', dir, { recursive: true });
      const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.csv');
      writeFileSync(outside, 'not,for,reading\n');
      rmSync(join(dir, file));
      symlinkSync(outside, join(dir, file));
      let problems: string[] = [];
      try {
        readDataFiles(dir);
      } catch (e) {
        if (!(e instanceof DataValidationError)) throw e;
        problems = e.problems.map(formatProblem);
      }
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^data/${file}:1:1 .*symbolic link`))]);
      if (file === 'curated/abolitions.csv')
        expect(() => abolitions(loadDataset(), dir)).toThrow(/curated\/abolitions\.csv:1:1: .*symbolic link/);
      else
        expect(() => readCouncilChangesText(dir)).toThrow(
          /curated\/council-changes\.csv:1:1: .*symbolic link/,
        );
    },
  );
});
