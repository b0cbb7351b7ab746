/**
 * A real build of the tiny fixture site (tests/helpers/tiny-site.ts: two councils, one story with
 * a chart) into a temporary folder, for `npm run test:quick`: every step of `npm run build` (the
 * content check, Astro with every page template, charts, Pagefind, the post-build check) in
 * seconds instead of minutes. Exits with the build's code; prints its output on failure.
 *
 *   tsx scripts/build-tiny.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listBuilt } from './check-built';
import { makeTinySite } from '../tests/helpers/tiny-site';

const root = mkdtempSync(join(tmpdir(), 'inspected-tiny-'));
const out = join(root, 'dist');
const r = await makeTinySite(root).build(out);
if (r.code === 0) {
  const files = listBuilt(out);
  console.log(
    `tiny build: ${files.filter((f) => f.endsWith('.html')).length} pages, ${files.length} files; ok`,
  );
  rmSync(root, { recursive: true, force: true });
} else {
  console.error(r.output);
  console.error(`tiny build failed (exit ${r.code}); its inputs and output are in ${root}`);
}
process.exit(r.code ?? 1);
