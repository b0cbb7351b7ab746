// Preloaded by `npm run bench -- --read-counts` (NODE_OPTIONS=--import): counts how many times
// each process of the build reads the dataset's authorities.csv (every load of the dataset reads
// it once) and appends "<process> <count>" to BENCH_READS_FILE when the process exits.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const out = process.env.BENCH_READS_FILE;
if (out) {
  let reads = 0;
  const original = fs.readFileSync;
  fs.readFileSync = function readFileSync(path, ...rest) {
    if (typeof path === 'string' && path.endsWith('authorities.csv')) reads++;
    return original.call(this, path, ...rest);
  };
  syncBuiltinESMExports();
  const name = (process.argv[1] ?? 'node').split('/').slice(-2).join('/');
  process.on('exit', () => {
    if (reads) fs.appendFileSync(out, `${name}#${process.pid} ${reads}\n`);
  });
}
