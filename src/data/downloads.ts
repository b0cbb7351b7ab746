/**
 * A dataset as its CSV download under /data/: the committed file, read through the safe-file
 * reader, with text cells made safe for spreadsheets apart from the schema's declared missing
 * values (src/data/csv.ts), so that data tools read `-` as missing, not as the text `'-`.
 */
import { LIMITS } from '../config/limits';
import { readContainedText } from '../config/safe-files';
import { spreadsheetSafeCsv } from './csv';
import { DATASETS, type DatasetKey } from './datasets';
import { dataDirectory } from './load';

/** The text of `key`'s download, from the data folder `dir`. */
export function downloadCsv(key: DatasetKey, dir: string = dataDirectory()): string {
  const d = DATASETS[key];
  const r = readContainedText(dir, d.file, LIMITS.dataFileBytes, 'data file');
  if (r.kind === 'missing') return spreadsheetSafeCsv(Object.keys(d.columns).join(',') + '\n');
  if (r.kind === 'refused')
    throw new Error(`data/${d.file}:${r.refusal.line}:${r.refusal.column}: ${r.refusal.message}`);
  return spreadsheetSafeCsv(r.text, d.missingValues);
}
