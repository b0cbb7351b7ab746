/**
 * `npx tsx scripts/measure-search.ts [--runs=N] [--query=Harlow]`: how heavy the search is for a
 * phone, on the built `dist/` (run `npm run build` first; OUT_DIR for another folder). Prints the
 * Pagefind index on disk (raw and gzip, all of it and the part a search loads), the place index,
 * and the first query in a fresh browser: bytes fetched and time to results, median and range over
 * N runs. The measurement is scripts/bench/search.ts, which `npm run bench` also runs on its 1x
 * build. A measurement to quote, not a test: nothing here passes or fails.
 */
import { measureSearch, searchLines } from './bench/search';
import { DIST } from '../tests/browser/paths';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

for (const line of searchLines(await measureSearch(DIST, arg('query', 'Harlow'), Number(arg('runs', '7')))))
  console.log(line);
