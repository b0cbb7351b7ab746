/** Table-driven refusals: small edits to a valid file, each with exactly the problems it must raise. */
import { expect } from 'vitest';

/** `from` replaced by `to` in a valid file, and every problem the check must then list, in order. */
export type FrontmatterEdit = readonly [from: string | RegExp, to: string, problems: readonly string[]];

/** Makes each edit to `text` on its own and expects `check` to list exactly that edit's problems. */
export function expectEditProblems(
  check: (text: string) => string[],
  text: string,
  edits: readonly FrontmatterEdit[],
): void {
  for (const [from, to, problems] of edits)
    expect(check(text.replace(from, to)), `${String(from)} -> ${JSON.stringify(to)}`).toEqual(problems);
}
