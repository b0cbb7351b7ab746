/**
 * Hostile spreadsheets for the budget tests: a few kilobytes that declare huge repeats, row
 * numbers, columns or part sizes. Built with fflate; `patchPart` rewrites what a zip's central
 * directory declares about a part (its size, its compression) the way a hand-made file could.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** content.xml of an .ods with one sheet "S" holding `rows` (table:table-row elements). */
export const odsContent = (rows: string) =>
  `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="S">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;

/** A text cell. */
export const odsCell = (text: string, attrs = '') =>
  `<table:table-cell office:value-type="string"${attrs}><text:p>${text}</text:p></table:table-cell>`;

/** An .ods archive with the given content.xml (and any other parts). */
export function odsBytes(content: string, parts: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    ...parts,
  });
}

/** An .xlsx archive whose only sheet has `sheetData` (row elements), plus any other parts. */
export function xlsxBytes(sheetData: string, parts: Record<string, Uint8Array> = {}): Uint8Array {
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${main} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${main}><sheetData>${sheetData}</sheetData></worksheet>`),
    ...parts,
  });
}

/** An xlsx row of inline-string cells from column A. */
export const xlsxRow = (r: string, texts: string[]) =>
  `<row r="${r}">${texts.map((t) => `<c t="inlineStr"><is><t>${t}</t></is></c>`).join('')}</row>`;

/** Rewrite the central directory's record of `name`: its declared inflated size, its method. */
export function patchPart(
  zip: Uint8Array,
  name: string,
  patch: { size?: number; method?: number },
): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const want = new TextEncoder().encode(name);
  for (let o = 0; o + 46 <= out.length; o++) {
    if (view.getUint32(o, true) !== 0x02014b50) continue;
    const len = view.getUint16(o + 28, true);
    const got = out.subarray(o + 46, o + 46 + len);
    if (len !== want.length || !got.every((b, i) => b === want[i])) continue;
    if (patch.size !== undefined) view.setUint32(o + 24, patch.size, true);
    if (patch.method !== undefined) view.setUint16(o + 10, patch.method, true);
    return out;
  }
  throw new Error(`no part ${name}`);
}

/** Write bytes to a file of that name in a new temporary folder; its path. */
export function saved(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hostile-')), name);
  writeFileSync(path, bytes);
  return path;
}
