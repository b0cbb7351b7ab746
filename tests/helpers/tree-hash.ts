/** The files of a built folder, and one hash of its whole content (for "nothing was replaced" checks). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBuilt } from '../../scripts/check-built';

/** Every file under `dir` (a path including `dir`), sorted; none when `dir` does not exist. */
export const filesUnder = (dir: string): string[] => listBuilt(dir).map((f) => join(dir, f));

/** A hash of every file's path (relative to `dir`) and bytes under `dir`. */
export function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of listBuilt(dir))
    h.update(`${f}\0`)
      .update(readFileSync(join(dir, f)))
      .update('\0');
  return h.digest('hex');
}
