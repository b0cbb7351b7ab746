import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importOfsted } from '../../scripts/import/ofsted';
import { toCsv } from '../../scripts/import/lib/csv-out';
import { readXlsxFirstSheet } from '../../scripts/import/lib/xlsx';
import { COMMUNITY_CSV, COMMUNITY_DATE, FIXTURE_FILES } from '../fixtures/ofsted/build-fixtures';

/** A minimal one-sheet workbook with shared strings, as the community scraper writes it. */
function xlsxFrom(rows: string[][]): Uint8Array {
  const strings: string[] = [];
  const idx = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const col = (i: number) => String.fromCharCode(65 + (i % 26)).padStart(i >= 26 ? 2 : 1, 'A');
  const sheet = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r.map((v, ci) => (v === '' ? '' : `<c r="${col(ci)}${ri + 1}" t="s"><v>${idx(v)}</v></c>`)).join('')}</row>`,
    )
    .join('');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>${sheet}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(
      `<sst ${ns}>${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    ),
    // The scraper's workbook says when it was saved: the date of the snapshot.
    'docProps/core.xml': strToU8(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:modified xsi:type="dcterms:W3CDTF">${COMMUNITY_DATE}T06:39:43Z</dcterms:modified></cp:coreProperties>`,
    ),
  });
}

describe('community file as .xlsx', () => {
  const rows = csvParseRows(COMMUNITY_CSV);
  const dir = mkdtempSync(join(tmpdir(), 'community-'));
  const path = join(dir, 'ofsted_csc_ilacs_overview.xlsx');
  writeFileSync(path, xlsxFrom(rows));

  it('reads the first sheet with shared strings and gaps', () => {
    const read = readXlsxFirstSheet(path);
    expect(read[0]).toEqual(rows[0]);
    expect(read[1]?.[11]).toBe('12/01/2026'); // inspection_start_date
    expect(read[3]?.[11]).toBe(''); // empty cell kept as ''
  });

  it('gives the same inspections as the .csv, the snapshot dated by the workbook itself', () => {
    const out = (community: string, options = {}) => {
      const r = importOfsted({ ...FIXTURE_FILES, community }, options);
      return r.outputs.map((o) => toCsv(o.columns, o.rows)).join('\n');
    };
    const fromWorkbook = out(path);
    expect(fromWorkbook).toBe(out(FIXTURE_FILES.community, { communityDate: COMMUNITY_DATE }));
    expect(fromWorkbook).toContain('ofsted-ilacs-scrape-tool snapshot (29 June 2026)');
  });

  it('asks for the date of a CSV export, which carries none', () => {
    expect(() => importOfsted(FIXTURE_FILES)).toThrow(
      'community.csv: no date for the snapshot (a CSV export carries none); give it with --communityDate=yyyy-mm-dd',
    );
  });
});
