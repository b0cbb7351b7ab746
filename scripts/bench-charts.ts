/**
 * Renders every chart in allChartSpecs (both variants, as the site does) and prints the median
 * milliseconds per chart, per type, and the total. The bar is 5 ms median per chart.
 *
 *   npx tsx scripts/bench-charts.ts            # real data (data/*.csv via loadDataset)
 *   npx tsx scripts/bench-charts.ts --fixture  # the test fixture
 */
import { renderFigureHtml } from '../src/charts/figure';
import { allChartSpecs, renderChart } from '../src/charts/registry';
import type { Dataset } from '../src/data/types';

async function dataset(): Promise<{ data: Dataset; label: string }> {
  if (!process.argv.includes('--fixture')) {
    try {
      const { loadDataset } = (await import('../src/data/load')) as { loadDataset: () => Dataset };
      const data = loadDataset();
      if (data.authorities.size > 0) return { data, label: 'real data' };
    } catch (e) {
      console.error(
        `loadDataset failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); using the fixture`,
      );
    }
  }
  const { fixtureDataset } = await import('../tests/charts/fixtures');
  return { data: fixtureDataset(), label: 'fixture' };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

const { data, label } = await dataset();
const specs = allChartSpecs(data);
// Warm up the JIT and the memoised indexes (a build renders hundreds of charts in one process).
for (const s of specs.slice(0, 20)) renderChart(data, s.type, s.options);

const times: number[] = [];
const byType = new Map<string, number[]>();
const t0 = performance.now();
for (const s of specs) {
  const t = performance.now();
  const fig = renderChart(data, s.type, s.options);
  renderFigureHtml(fig, { base: '/', csvHref: `/charts/${fig.id}.csv`, embedHref: `/embed/${fig.id}/` });
  const ms = performance.now() - t;
  times.push(ms);
  byType.set(s.type, [...(byType.get(s.type) ?? []), ms]);
}
const total = performance.now() - t0;
console.log(`${specs.length} charts (${label}), wide + narrow SVG + HTML each`);
for (const [type, ts] of byType)
  console.log(
    `  ${type.padEnd(20)} n=${String(ts.length).padStart(4)}  median ${median(ts).toFixed(2)} ms  max ${Math.max(...ts).toFixed(2)} ms`,
  );
const med = median(times);
console.log(
  `median ${med.toFixed(2)} ms per chart (bar: 5 ms) ${med <= 5 ? 'PASS' : 'OVER'}; total ${total.toFixed(0)} ms`,
);
