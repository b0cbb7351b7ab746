/**
 * SVG snapshot harness in the style of Observable Plot's test/plot-snapshot.js: output is
 * normalised (numbers rounded to 2 decimals, ids renumbered in order of appearance, one tag per
 * line) and compared with tests/charts/snapshots/<name>.svg. A mismatch writes
 * <name>-changed.svg beside it (gitignored) and fails. A missing snapshot fails under CI, and is
 * written otherwise.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');

function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = m[1] as string;
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  }
  let out = svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
  out = out.replace(
    /(id="|url\(#|href="#|aria-labelledby=")([^")]+)/g,
    (_, pre: string, val: string) =>
      pre +
      val
        .split(' ')
        .map((v) => ids.get(v) ?? v)
        .join(' '),
  );
  return out.replace(/></g, '>\n<') + '\n';
}

function snapshotPath(name: string): string {
  return join(DIR, `${name}.svg`);
}

/** Returns an error message, or null when the snapshot matches (or was just created). */
export function checkSvgSnapshot(name: string, svg: string): string | null {
  const actual = normaliseSvg(svg);
  const expectedPath = snapshotPath(name);
  const changedPath = join(DIR, `${name}-changed.svg`);
  if (!existsSync(expectedPath)) {
    if (process.env['CI']) return `missing snapshot ${expectedPath}; run the tests locally to create it`;
    mkdirSync(DIR, { recursive: true });
    writeFileSync(expectedPath, actual);
    return existsSync(expectedPath) ? null : `could not write ${expectedPath}`;
  }
  const expected = readFileSync(expectedPath, 'utf8');
  if (expected === actual) {
    if (existsSync(changedPath)) rmSync(changedPath);
    return null;
  }
  writeFileSync(changedPath, actual);
  return `snapshot ${name} changed; see ${changedPath}`;
}
