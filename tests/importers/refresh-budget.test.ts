/**
 * A refresh given a hostile spreadsheet (an empty cell repeated a billion times) is refused with
 * the file's name and row, prints no stack trace, leaves data/ as it was and no staging folder
 * behind; and a staging folder left by a refresh that was killed (its process gone) is removed by
 * the next run. Such a file once crashed the refresh out of memory and left `.refresh-<pid>-data`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRefresh } from '../../scripts/import/refresh';
import { FIXTURE_INPUTS, importArgs } from '../helpers/import-inputs';
import { odsBytes, odsCell, odsContent, saved } from './hostile-files';

describe('refresh within the budget', () => {
  it('refuses a hostile file by name and row, and leaves no staging folder, even a killed run’s', () => {
    const root = mkdtempSync(join(tmpdir(), 'project-'));
    const data = join(root, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'keep.txt'), 'as published');
    // A refresh killed earlier (a process id no process has) left its staging folders.
    mkdirSync(join(root, '.refresh-999999999-data'));
    mkdirSync(join(root, '.refresh-999999999-out'));
    const hostile = saved(
      'Childrens_social_care_in_England_2023_underlying_data.ods',
      odsBytes(
        odsContent(
          `<table:table-row>${odsCell('a')}</table:table-row><table:table-row><table:table-cell table:number-columns-repeated="1000000000"/>${odsCell('b')}</table:table-row>`,
        ),
      ),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = runRefresh(
      [
        ...importArgs({ ...FIXTURE_INPUTS, history2023: hostile }),
        `--data-dir=${data}`,
        `--out-dir=${join(root, 'dist')}`,
      ],
      { log: (l) => out.push(l), error: (l) => err.push(l), today: '2026-12-01' },
    );
    expect(code).toBe(1);
    const printed = err.join('\n');
    expect(printed).toContain(
      'Childrens_social_care_in_England_2023_underlying_data.ods, sheet "S", row 2: refused: a cell’s repeat count is "1000000000"',
    );
    expect(printed).not.toMatch(/\n\s+at /); // no stack trace
    expect(printed).toContain('Nothing was replaced');
    expect(readdirSync(root).sort()).toEqual(['data']);
    expect(readdirSync(data)).toEqual(['keep.txt']);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
