/**
 * Issue 11, items 3, 12 and 14 for data files: a data file must be an ordinary UTF-8 text file
 * inside data/, reached without links, within the size limit; refusals say where and what,
 * never what the file holds (a curated CSV linked to /proc/self/environ used to print the whole
 * build environment). Cells may not hold control or invisible characters, and a hand-curated
 * file may not exceed the row limit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/config/limits';
import {
  buildDataset,
  DataValidationError,
  DATA_FILES,
  readDataFiles,
  type DataFileKey,
} from '../../src/data/load';
import { formatProblem } from '../../src/data/schema';
import { validDataTexts } from '../helpers/dataset-fixture';
import { problemsFrom } from '../helpers/load-problems';

/** A data folder holding the fixture dataset. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  mkdirSync(join(dir, 'curated'));
  for (const [k, text] of Object.entries(validDataTexts()) as [DataFileKey, string][])
    writeFileSync(join(dir, DATA_FILES[k]), text);
  return dir;
}

/** Each problem the loader reports, as formatProblem writes it. */
const formatted = (e: DataValidationError) => e.problems.map(formatProblem);

const problemsReading = (dir: string) => problemsFrom(() => buildDataset(readDataFiles(dir)), formatted);

const problemsOf = (texts: Partial<Record<DataFileKey, string>>) =>
  problemsFrom(() => buildDataset(texts), formatted);

describe('data files are read only from inside data/', () => {
  it('reads the fixture dataset from a folder', () => {
    expect(problemsReading(dataDir())).toEqual([]);
  });

  it('refuses a curated CSV linked to /proc/self/environ without printing the environment', () => {
    process.env['INSPECTED_TEST_SECRET'] = 'do-not-print-me';
    const dir = dataDir();
    rmSync(join(dir, 'curated/events.csv'));
    symlinkSync('/proc/self/environ', join(dir, 'curated/events.csv'));
    const problems = problemsReading(dir);
    expect(problems).toEqual([
      'data/curated/events.csv:1:1 the data file is a symbolic link; links are not followed: replace it with the file itself',
    ]);
    expect(problems.join('\n')).not.toContain('do-not-print-me');
    expect(problems.join('\n')).not.toContain('PATH=');
  });

  it('refuses a linked folder, a pipe, a folder and a file over the size limit', () => {
    const dir = dataDir();
    const outside = dataDir();
    rmSync(join(dir, 'curated'), { recursive: true });
    symlinkSync(join(outside, 'curated'), join(dir, 'curated'));
    rmSync(join(dir, 'neighbours.csv'));
    execFileSync('mkfifo', [join(dir, 'neighbours.csv')]);
    rmSync(join(dir, 'sources.csv'));
    mkdirSync(join(dir, 'sources.csv'));
    writeFileSync(join(dir, 'care-leavers.csv'), Buffer.alloc(LIMITS.dataFileBytes + 1, 0x61));
    const linked = (file: string) =>
      `data/${file}:1:1 the folder "curated" on the way to this data file is a symbolic link; links are not followed: put the data file itself in the folder`;
    const expected: Record<string, string> = {
      'sources.csv': 'data/sources.csv:1:1 the data file is a folder, not an ordinary file',
      'neighbours.csv': 'data/neighbours.csv:1:1 the data file is a named pipe, not an ordinary file',
      'care-leavers.csv': 'data/care-leavers.csv:1:1 the data file is 20.1 MB; the limit is 20 MB',
    };
    // Sorted by file; every file in data/curated/ is refused for the linked folder.
    expect(problemsReading(dir)).toEqual(
      Object.values(DATA_FILES)
        .sort()
        .flatMap((f) => (f.startsWith('curated/') ? [linked(f)] : (expected[f] ?? []))),
    );
  });

  it('refuses binary and non-UTF-8 files with the line of the first bad byte, not their contents', () => {
    const dir = dataDir();
    writeFileSync(
      join(dir, 'curated/events.csv'),
      Buffer.concat([Buffer.from('id,x\nsecret-value,'), Buffer.from([0xff, 0xfe])]),
    );
    writeFileSync(join(dir, 'neighbours.csv'), Buffer.from('authority\0secret'));
    const problems = problemsReading(dir);
    expect(problems).toEqual([
      'data/curated/events.csv:2:14 the data file is not valid UTF-8 text; save it as UTF-8',
      'data/neighbours.csv:1:10 the data file holds a NUL byte: it is not a text file',
    ]);
    expect(problems.join('\n')).not.toContain('secret');
  });
});

describe('cells', () => {
  it('refuses control, bidirectional and invisible characters in cells, escaped, with the column', () => {
    const t = validDataTexts();
    t.curatedEvents = t.curatedEvents.replace('Joint area review', 'Joint\u0007 area \u202Ereview');
    t.curatedSources = t.curatedSources.replace('Haringey requires', 'Haringey\u200B requires');
    expect(problemsOf(t)).toEqual([
      'data/curated/events.csv:2:22 note: contains U+0007 (a control character) at character 6; expected plain text: delete it (got "Joint\\u0007 area \\u202Ereview")',
      'data/curated/sources.csv:2:3 title: contains U+200B (zero-width space, an invisible character) at character 9; expected plain text: delete it (got "Haringey\\u200B requires urgent action")',
    ]);
  });

  it(`refuses a hand-curated file over ${LIMITS.curatedCsvRows.toLocaleString('en-GB')} rows, at the first row over`, () => {
    const t = validDataTexts();
    const [header = '', row = ''] = t.curatedSources.trim().split('\n');
    const extra = Array.from({ length: LIMITS.curatedCsvRows }, (_, i) => row.replace('jar-press', `s-${i}`));
    t.curatedSources = [header, row, ...extra].join('\n') + '\n';
    expect(problemsOf(t)).toEqual([
      `data/curated/sources.csv:${LIMITS.curatedCsvRows + 2}:1 more than 10,000 rows (10,001); a hand-curated file is limited to 10,000 rows so that the check stays quick: split it or move the rows into an importer`,
    ]);
  });
});
