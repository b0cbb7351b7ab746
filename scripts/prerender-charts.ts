/**
 * Draw every chart the site publishes into the chart cache (src/charts/disk-cache.ts) across the
 * machine's cores, before `astro build` reads them (`npm run build` runs it as a step). Charts
 * already cached (same data, options and chart code) are not drawn again. Stories' own charts
 * outside that list are drawn by the build itself and cached there.
 *
 *   tsx scripts/prerender-charts.ts            # INSPECTED_CHART_CACHE names the cache folder
 *
 * Workers are child processes (this file with --worker), each loading the dataset once and
 * taking charts in small batches, so a slow chart (a national grid) does not hold the others.
 * Which worker draws a chart does not change it: a figure depends only on its inputs. Entries
 * not used by any build for PRUNE_DAYS are deleted. Exits 1, naming the chart, if one fails.
 */
import { fork } from 'node:child_process';
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheKeyFor, chartCacheDir, hasCachedFigure, writeCachedFigure } from '../src/charts/disk-cache';
import { allChartSpecs, renderChart, type ChartOptions } from '../src/charts/registry';
import { loadDataset } from '../src/data/load';

const PRUNE_DAYS = 7;
const BATCH = 16;

interface Job {
  type: string;
  options: ChartOptions;
  key: string;
}
type ToWorker = { jobs: Job[] } | { done: true };
type FromWorker = { ready: true } | { drawn: number } | { failed: string };

/** Delete cache entries no build has used for `days` (a hit renews an entry's time). */
function prune(dir: string, days: number): number {
  const before = Date.now() - days * 86_400_000;
  let n = 0;
  for (const f of readdirSync(dir))
    if (statSync(join(dir, f)).mtimeMs < before) {
      rmSync(join(dir, f), { force: true });
      n++;
    }
  return n;
}

/** Share `jobs` among `workers` child processes, a batch at a time; resolves when all are drawn. */
async function drawAcross(jobs: Job[], workers: number): Promise<void> {
  const queue = [...jobs];
  const self = fileURLToPath(import.meta.url);
  const running = Array.from(
    { length: workers },
    () =>
      new Promise<void>((done, fail) => {
        const child = fork(self, ['--worker'], { stdio: 'inherit' });
        const next = () => {
          const batch = queue.splice(0, BATCH);
          child.send((batch.length ? { jobs: batch } : { done: true }) satisfies ToWorker);
        };
        child.on('message', (m: FromWorker) => {
          if ('failed' in m) fail(new Error(m.failed));
          else next();
        });
        child.on('exit', (code) =>
          code === 0 ? done() : fail(new Error(`a chart worker stopped (exit ${code ?? 'signal'})`)),
        );
      }),
  );
  await Promise.all(running);
}

function worker(): void {
  const data = loadDataset();
  const dir = chartCacheDir();
  if (!dir) throw new Error('INSPECTED_CHART_CACHE is not set');
  process.on('message', (m: ToWorker) => {
    if ('done' in m) return process.disconnect();
    for (const j of m.jobs) {
      try {
        writeCachedFigure(dir, j.key, renderChart(data, j.type, j.options));
      } catch (e) {
        const reply: FromWorker = {
          failed: `chart ${j.type} ${JSON.stringify(j.options)}: ${e instanceof Error ? e.message : String(e)}`,
        };
        process.send?.(reply);
        return;
      }
    }
    process.send?.({ drawn: m.jobs.length } satisfies FromWorker);
  });
  process.send?.({ ready: true } satisfies FromWorker);
}

async function main(): Promise<void> {
  const dir = chartCacheDir();
  if (!dir) {
    console.log('prerender-charts: INSPECTED_CHART_CACHE is off; the build draws every chart itself.');
    return;
  }
  const t0 = performance.now();
  const data = loadDataset();
  const now = new Date();
  const jobs: Job[] = [];
  let cached = 0;
  for (const s of allChartSpecs(data)) {
    const key = cacheKeyFor(data, s.type, s.options);
    if (!key) continue;
    if (hasCachedFigure(dir, key)) {
      utimesSync(join(dir, `${key}.json`), now, now);
      cached++;
    } else jobs.push({ type: s.type, options: s.options, key });
  }
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / BATCH)));
  if (jobs.length) await drawAcross(jobs, workers);
  const pruned = prune(dir, PRUNE_DAYS);
  console.log(
    `prerender-charts: ${jobs.length} charts drawn${jobs.length ? ` by ${workers} workers` : ''}, ${cached} already cached${pruned ? `, ${pruned} unused for ${PRUNE_DAYS} days deleted` : ''} (${((performance.now() - t0) / 1000).toFixed(1)} s; ${dir})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--worker')) worker();
  else
    main().catch((e: unknown) => {
      console.error(`prerender-charts: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
