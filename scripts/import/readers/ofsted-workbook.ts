/**
 * Opening one of Ofsted's official statistics workbooks (.ods): its sheets and what its Cover
 * sheet says. Shared by the readers of the 2023 underlying data and of the inspection outcomes.
 */
import { basename } from 'node:path';
import { readOds, type OdsSheet } from '../lib/ods';
import type { SheetProblems } from '../lib/problems';
import { coverInfo, sheetByName, type CoverInfo } from '../lib/table-reader';

interface OfstedWorkbook {
  file: string;
  sheets: OdsSheet[];
  cover: CoverInfo;
}

/**
 * The workbook at `path`; null when it cannot be read (the problems say why). A Cover sheet
 * without a "Published on:" date is a problem, but the workbook is still read.
 */
export function openOfstedWorkbook(path: string, problems: SheetProblems): OfstedWorkbook | null {
  const file = basename(path);
  let sheets: OdsSheet[];
  try {
    sheets = readOds(path);
  } catch (e) {
    problems.absorb(e);
    return null;
  }
  const cover = coverInfo(sheetByName(sheets, file, problems, 'Cover'));
  if (!cover.published) problems.add(`${file}, sheet "Cover": no "Published on:" date`);
  return { file, sheets, cover };
}
