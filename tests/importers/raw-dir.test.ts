/**
 * Refresh for editors (issue 23, point 9): `--raw-dir=<folder>` reads every input from a folder
 * laid out as ../shared/data-raw/ (`RAW_FILES`), an input named on its own wins over it, and the
 * guide's list of inputs (docs/editing.md, section 11) is the code's list, path for path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSteps, parseArgs } from '../../scripts/import/index';
import { RAW_FILES, defaultInputs, inputsIn } from '../../scripts/import/lib/paths';

describe('--raw-dir', () => {
  it('reads every input from the folder given, in the shared layout', () => {
    const args = parseArgs(['--raw-dir=/downloads/2026']);
    expect(args.inputs).toEqual(inputsIn('/downloads/2026'));
    expect(args.inputs.hexMap).toBe(
      join('/downloads/2026', 'maps', 'uk-upper-tier-local-authorities.hexjson'),
    );
    expect(Object.keys(args.inputs).sort()).toEqual(Object.keys(RAW_FILES).sort());
  });

  it('an input named on its own wins, wherever it is on the command line', () => {
    for (const argv of [
      ['--workforce=/elsewhere/csww.csv', '--raw-dir=/downloads/2026'],
      ['--raw-dir=/downloads/2026', '--workforce=/elsewhere/csww.csv'],
    ]) {
      const { inputs } = parseArgs(argv);
      expect(inputs.workforce).toBe('/elsewhere/csww.csv');
      expect(inputs.careLeavers).toBe(join('/downloads/2026', 'dfe', 'la_care_leavers_activity.csv'));
    }
    expect(parseArgs([]).inputs).toEqual(defaultInputs);
  });

  it('a folder without the files lists every missing one at its path, and says how to point elsewhere', () => {
    const { inputs } = parseArgs(['--raw-dir=/nowhere']);
    expect(() => importSteps(inputs)).toThrow(
      new RegExp(
        `Input files not found:\\n {2}history2023: /nowhere/ofsted/Childrens_social_care_in_England_2023_underlying_data\\.ods\\n[^]*hexMap: /nowhere/maps/uk-upper-tier-local-authorities\\.hexjson\\n[^]*--raw-dir=<folder>`,
      ),
    );
  });
});

describe('docs/editing.md section 11 lists the code’s inputs', () => {
  const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'editing.md'), 'utf8');
  const table = /<!-- inputs:start -->\n([^]*?)<!-- inputs:end -->/.exec(guide)?.[1] ?? '';

  it('one row per input, with its path in the raw-data folder, in the code’s order', () => {
    const rows = [...table.matchAll(/^\|\s*`([A-Za-z0-9]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows).toEqual(Object.entries(RAW_FILES).map(([name, f]) => [name, f.path]));
  });

  it('names --raw-dir', () => {
    expect(guide).toContain('--raw-dir=<folder>');
  });
});
