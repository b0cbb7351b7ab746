/** Reading a publisher's text file (CSV, JSON) within the import's budget (`budget.ts`). */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ReadBudget } from './budget';
import { readingFile } from './problems';

/**
 * A publisher's file read whole (CSV, JSON; the spreadsheet readers take the bytes), refused
 * with its name when it is larger than the budget allows: the text and the records parsed from
 * it then stay within the import's memory.
 */
export function readInputText(path: string, budget: ReadBudget = new ReadBudget()): string {
  return readingFile(basename(path), 'text file', () => {
    budget.fileSize(statSync(path).size);
    return readFileSync(path, 'utf8');
  });
}
