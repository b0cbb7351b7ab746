/**
 * What the import, the refresh and the check print: control characters from a file shown
 * escaped (an escape sequence in a CSV header once retitled the terminal and printed "ALL CHECKS
 * PASSED" over the error), and at most the first 200 problems with a count of the rest (a file
 * with a million bad rows printed 282 MB).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSteps, runCli, type StepOptions } from '../../scripts/import/index';
import type { Inputs } from '../../scripts/import/lib/paths';
import { CsvProblems, ImportError, SheetProblems } from '../../scripts/import/lib/problems';
import { LIMITS } from '../../src/config/limits';
import { listProblems, terminalText } from '../../src/config/terminal-text';
import { FIXTURE_INPUTS, importArgs } from '../helpers/import-inputs';

// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('terminalText', () => {
  it.each([
    ['\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
    ['bad\rALL CHECKS PASSED', 'bad\\rALL CHECKS PASSED'],
    ['nul\x00byte', 'nul\\x00byte'],
    ['\x1b[2K\x1b[1A', '\\x1b[2K\\x1b[1A'],
    ['del\x7f c1\x9b', 'del\\x7f c1\\x9b'],
    ['abc\u202edcba', 'abc\\u202edcba'],
  ])('shows %j escaped', (raw, shown) => {
    expect(terminalText(raw)).toBe(shown);
  });

  it('keeps line breaks, tabs and ordinary text (accents, curly quotes, £)', () => {
    const text = 'Line one\n\tIsle of Wight’s “c” £12 café';
    expect(terminalText(text)).toBe(text);
  });
});

describe('listProblems', () => {
  it('lists the first 200 problems and counts the rest', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => `row ${i + 2}: bad`);
    const listed = listProblems(many);
    expect(LIMITS.problemsListed).toBe(200);
    expect(listed).toHaveLength(201);
    expect(listed[199]).toBe('row 201: bad');
    expect(listed[200]).toBe('... and 999800 more problems (1000000 in all; the first 200 are listed)');
    expect(listProblems(many.slice(0, 200))).toEqual(many.slice(0, 200));
  });

  it('caps an importer’s message but keeps every problem in its list and the total in its heading', () => {
    const csv = new CsvProblems();
    for (let line = 2; line < 5002; line++) csv.add('x.csv', line, 3, 'not a number', 'abc', 'a number');
    const sheet = new SheetProblems();
    for (let row = 2; row < 302; row++) sheet.add(`x.ods, row ${row}: bad`);
    for (const [list, heading] of [
      [csv, 'DfE import failed with 5000 problem(s):'],
      [sheet, 'Ofsted import failed with 300 problems:'],
    ] as const) {
      let error: ImportError | null = null;
      try {
        list.throwIfAny();
      } catch (e) {
        error = e as ImportError;
      }
      const lines = error?.message.split('\n') ?? [];
      expect(lines[0]).toBe(heading);
      expect(lines).toHaveLength(202);
      expect(lines.at(-1)).toMatch(
        /^[ -]*\.\.\. and \d+ more problems \(\d+ in all; the first 200 are listed\)$/,
      );
      expect(error?.problems.length).toBe(list.list.length);
    }
  });
});

describe('the import CLI prints a hostile header escaped', () => {
  const steps = (i: Inputs, opts: StepOptions) =>
    importSteps(i, opts).filter((s) => s.name !== 'Adoption, workforce and 2025 neighbours');

  it('a CSV header holding escape sequences (retitle, clear the line, cursor up), a bell and a NUL', () => {
    const fixture = readFileSync(FIXTURE_INPUTS.adoptionStages, 'utf8');
    const hostile = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'stages.csv');
    writeFileSync(
      hostile,
      fixture.replace('time_period', 'time_period\x1b]0;pwned\x07\x1b[2K\x1b[1AALL CHECKS PASSED\x00'),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(
      importArgs({ ...FIXTURE_INPUTS, adoptionStages: hostile }),
      { dataDir: mkdtempSync(join(tmpdir(), 'data-')), log: (l) => out.push(l), error: (l) => err.push(l) },
      steps,
    );
    expect(code).toBe(1);
    const printed = [...out, ...err].join('\n');
    expect(printed).not.toMatch(RAW_CONTROL);
    expect(printed).toContain('time_period\\x1b]0;pwned\\x07\\x1b[2K\\x1b[1AALL CHECKS PASSED\\x00');
  });
});
