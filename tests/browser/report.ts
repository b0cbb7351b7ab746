/**
 * Assert that a list of problems is empty, with every problem (up to `max`) on its own line in
 * the failure message, so a failing gate says exactly what is wrong and where.
 */
export function expectNone(problems: readonly string[], title: string, max = 60): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, max).map((p) => `  - ${p}`);
  if (problems.length > max) shown.push(`  … and ${problems.length - max} more`);
  const err = new Error(
    `${title}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${shown.join('\n')}`,
  );
  err.name = 'QualityGateError';
  throw err;
}
