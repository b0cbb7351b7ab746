/**
 * A report the community scrape holds without an overall grade (`nan`, as for Brent's and
 * Somerset's 2026 inspections): the importer keeps the row and its sub-judgements, and leaves
 * the overall grade empty. It never guesses one; an editor may supply it in data/curated/grades.csv.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { importOfsted } from '../../scripts/import/ofsted';
import { toCsv } from '../../scripts/import/lib/csv-out';
import { COMMUNITY_CSV, FIXTURE_FILES } from '../fixtures/ofsted/build-fixtures';

describe('Ofsted importer: a community row with no overall grade', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ofsted-nan-'));
  const community = join(dir, 'community.csv');
  writeFileSync(
    community,
    COMMUNITY_CSV +
      "80501,311,GL,E09000016,\"308, 320, 204\",\"[(308, 'good'), (320, 'good'), (204, 'outstanding')]\",havering,https://files.ofsted.gov.uk/v1/file/50304999,nan,short,inspector three,27/04/2026,01/05/2026,17/06/26,0,good,good,requires improvement,good,1\n",
  );
  const result = importOfsted({ ...FIXTURE_FILES, community });
  const out = result.outputs.find((o) => o.file === 'inspections.csv');
  const rows = out ? csvParse(toCsv(out.columns, out.rows)) : [];
  const row = rows.find((r) => r['id'] === 'havering-2026-06-17-ilacs-short');

  it('writes the inspection with its sub-judgements and an empty overall grade', () => {
    expect(row).toMatchObject({
      start_date: '2026-04-27',
      end_date: '2026-05-01',
      overall: '',
      scale: 'ri-scale',
      leadership: 'good',
      help_and_protection: 'good',
      children_in_care: 'requires-improvement',
      care_leavers: 'good',
      report_url: 'https://files.ofsted.gov.uk/v1/file/50304999',
    });
  });

  it('accounts for the row', () => {
    expect(out?.read).toBe((out?.rows.length ?? 0) + (out?.skipped.length ?? 0));
  });
});
