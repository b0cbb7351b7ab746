/**
 * What the loader refuses a dataset with, for tests that break a valid dataset and check each
 * problem it reports.
 */
import { expect, it } from 'vitest';
import { buildDataset, DataValidationError, type DataFileKey } from '../../src/data/load';
import { validDataTexts } from './dataset-fixture';

type Texts = Partial<Record<DataFileKey, string>>;

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
const problemsOf = (texts: Texts): string[] => problemsFrom(() => buildDataset(texts));

/**
 * One way to break a valid dataset, and what the loader must say: in each file, each `[from, to]`
 * replaced (its first occurrence, which must be there), then the lines of `append` added at the
 * end; the files in `remove` left out. `problems` are all it reports, in its order; `including`,
 * some of what it reports.
 */
export type Refusal = {
  name: string;
  replace?: Partial<Record<DataFileKey, [from: string, to: string][]>>;
  append?: Partial<Record<DataFileKey, string>>;
  remove?: DataFileKey[];
} & ({ problems: string[] } | { including: string[] });

function broken(texts: Texts, r: Refusal): Texts {
  const t = { ...texts };
  for (const [k, pairs] of Object.entries(r.replace ?? {}) as [DataFileKey, [string, string][]][])
    for (const [from, to] of pairs) {
      if (!t[k]?.includes(from)) throw new Error(`${r.name}: ${k} has no "${from}"`);
      t[k] = t[k].replace(from, () => to);
    }
  for (const [k, lines] of Object.entries(r.append ?? {}) as [DataFileKey, string][])
    t[k] = (t[k] ?? '') + lines;
  for (const k of r.remove ?? []) delete t[k];
  return t;
}

/**
 * A test for each refusal: the texts of `valid` broken as it says, and the loader's problems (as
 * `problems` writes them, by default the lines of its message) checked against its list.
 */
export function refusals(
  cases: Refusal[],
  {
    valid = validDataTexts,
    problems = problemsOf,
  }: { valid?: () => Texts; problems?: (t: Texts) => string[] } = {},
): void {
  for (const r of cases)
    it(r.name, () => {
      const found = problems(broken(valid(), r));
      if ('problems' in r) expect(found).toEqual(r.problems);
      else for (const p of r.including) expect(found).toContain(p);
    });
}
