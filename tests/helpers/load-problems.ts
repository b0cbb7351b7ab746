/**
 * What the loader refuses a dataset with, for tests that break a valid dataset and check each
 * problem it reports.
 */
import { buildDataset, DataValidationError, type DataFileKey } from '../../src/data/load';

/** The problems as the error's message lists them to a reader: one a line, after the count. */
const messageLines = (e: DataValidationError): string[] =>
  e.message
    .split('\n')
    .slice(1)
    .map((l) => l.trim());

/**
 * The problems `load` is refused with, each written by `format` (by default the lines of the
 * error's message); none when it loads. Any other error is thrown on.
 */
export function problemsFrom(load: () => unknown, format = messageLines): string[] {
  try {
    load();
  } catch (e) {
    if (e instanceof DataValidationError) return format(e);
    throw e;
  }
  return [];
}

/** The problems the loader reports for these texts, as its error message lists them. */
export function problemsOf(texts: Partial<Record<DataFileKey, string>>): string[] {
  return problemsFrom(() => buildDataset(texts));
}
