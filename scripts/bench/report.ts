/**
 * The bench's results: what one build measured, and the Markdown report (results.md) made from
 * them. Pure: no files, no builds.
 */
import type { BuildRun, PageTypeSummary } from './measure';
import { formatValue, type BudgetResult } from './budgets';
import { searchLines, type SearchMeasurement } from './search';
import type { SyntheticSummary } from './synthetic';

/** Chart rendering on the real data (run.ts, chartBench). */
export interface ChartBench {
  charts: number;
  medianMs: number;
  /** CPU time of this process per chart (includes GC); less sensitive to other load. */
  medianCpuMs: number;
  totalMs: number;
  byType: {
    type: string;
    n: number;
    medianMs: number;
    medianCpuMs: number;
    maxMs: number;
    totalMs: number;
  }[];
}

export interface ScaleResult {
  scale: number;
  synthetic: SyntheticSummary | null;
  content: {
    councils: number;
    inspections: number;
    careLeaverRows: number;
    stories: number;
    chartSpecs: number;
  };
  build: Omit<BuildRun, 'log'>;
  pages: number;
  charts: { unique: number; figures: number };
  pagesPerSecond: number;
  chartsPerSecond: number;
  ogCardsDrawn: number;
  outputBytes: number;
  pageTypes: PageTypeSummary[];
  readingBudget: { maxJsBytes: number; maxJsPage: string; maxTotalGzip: number; maxTotalPage: string };
  loadBefore: number[];
  loadAfter: number[];
  /** Dataset reads per process (only with --read-counts). */
  datasetReads?: Record<string, number>;
  /** The same build with a cold chart cache, run just before (1x only). */
  coldBuild?: Omit<BuildRun, 'log'>;
}

/** One build of a story archive: the real data with `stories` stories. */
export interface ArchiveResult {
  stories: number;
  build: Omit<BuildRun, 'log'>;
  pages: number;
  /** Pages of the story index (/stories/, /stories/2/, ...) and items in the feed, as built. */
  indexPages: number;
  feedItems: number;
  /** Astro's per-page time of the story pages, summed, and per story. */
  storyPagesMs: number;
  ogCardsDrawn: number;
  outputBytes: number;
  loadBefore: number[];
  loadAfter: number[];
}

const kb = (b: number) => (b / 1024).toFixed(1);
export const s1 = (x: number | null) => (x === null ? '–' : x.toFixed(1));

export function markdown(r: {
  when: string;
  machine: string;
  scales: ScaleResult[];
  archives: ArchiveResult[];
  archiveGrowth: { wall: number; cpu: number | null } | null;
  chart: ChartBench | null;
  growth: number | null;
  cpuGrowth: number | null;
  budgets: BudgetResult[];
  search: SearchMeasurement | null;
  skipped: string[];
}): string {
  const L: string[] = [];
  L.push(`# Build benchmark`, '');
  L.push(
    `${r.when}; ${r.machine}. Other work on the machine makes wall times noisy: compare the load averages.`,
    '',
  );
  L.push('## Builds', '');
  L.push(
    '| scale | councils | inspections | stories | pages | charts (unique) | chart figures | build s | CPU s | astro s | pagefind s | pages/s | charts/s | peak RSS, tree | largest process | OG cards drawn | output | load before → after |',
  );
  L.push(
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const s of r.scales)
    L.push(
      `| ${s.scale}x | ${s.content.councils} | ${s.content.inspections} | ${s.content.stories} | ${s.pages} | ${s.charts.unique} | ${s.charts.figures} | ${s.build.seconds.toFixed(1)} | ${s1(s.build.cpuSeconds)} | ${s1(s.build.astroSeconds)} | ${s1(s.build.pagefindSeconds)} | ${s.pagesPerSecond.toFixed(1)} | ${s.chartsPerSecond.toFixed(1)} | ${formatValue(s.build.peakTreeRssBytes, 'bytes')} | ${formatValue(s.build.peakProcessRssBytes, 'bytes')} | ${s.ogCardsDrawn} | ${formatValue(s.outputBytes, 'bytes')} | ${s.loadBefore[0]?.toFixed(1)} → ${s.loadAfter[0]?.toFixed(1)} |`,
    );
  L.push('');
  L.push(
    `Growth, time at 10x / (10 × time at 1x): ${r.growth === null ? 'not measured' : r.growth.toFixed(2)} (wall); ${r.cpuGrowth === null ? '–' : r.cpuGrowth.toFixed(2)} in CPU seconds.`,
    '',
  );
  L.push(
    'CPU s is user + system time of the whole build (GNU time); on a busy machine it is closer to what a quiet 2-core machine would take than the wall time. Peak RSS, tree is the largest sum of VmRSS over the build and all its child processes, sampled every 100 ms; largest process is the biggest single process.',
    '',
  );
  const colds = r.scales.filter((s) => s.coldBuild);
  if (colds.length) {
    L.push('## Chart cache: cold and warm', '');
    L.push(
      'The same build twice: first with an empty chart cache (every chart drawn, across the cores), then with the cache it filled (no chart drawn). Seconds per step are wall (CPU).',
      '',
      '| scale | cache | build s | CPU s | steps |',
      '| --- | --- | ---: | ---: | --- |',
    );
    const steps = (b: Omit<BuildRun, 'log'>) =>
      Object.entries(b.steps)
        .map(
          ([k, v]) =>
            `${k} ${v.toFixed(1)}${b.stepCpu?.[k] === undefined ? '' : ` (${b.stepCpu[k].toFixed(1)})`}`,
        )
        .join('; ');
    for (const s of colds)
      for (const [label, b] of [
        ['cold', s.coldBuild],
        ['warm', s.build],
      ] as const)
        if (b)
          L.push(`| ${s.scale}x | ${label} | ${b.seconds.toFixed(1)} | ${s1(b.cpuSeconds)} | ${steps(b)} |`);
    L.push('');
  }
  if (r.archives.length) {
    L.push('## Story archives (the real data with N stories)', '');
    L.push(
      '| stories | pages | index pages | feed items | build s | CPU s | astro s | pagefind s | story pages ms (per story) | peak RSS, tree | largest process | OG cards drawn | output | load before → after |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const a of r.archives)
      L.push(
        `| ${a.stories} | ${a.pages} | ${a.indexPages} | ${a.feedItems} | ${a.build.seconds.toFixed(1)} | ${s1(a.build.cpuSeconds)} | ${s1(a.build.astroSeconds)} | ${s1(a.build.pagefindSeconds)} | ${a.storyPagesMs.toFixed(0)} (${(a.storyPagesMs / a.stories).toFixed(1)}) | ${formatValue(a.build.peakTreeRssBytes, 'bytes')} | ${formatValue(a.build.peakProcessRssBytes, 'bytes')} | ${a.ogCardsDrawn} | ${formatValue(a.outputBytes, 'bytes')} | ${a.loadBefore[0]?.toFixed(1)} → ${a.loadAfter[0]?.toFixed(1)} |`,
      );
    L.push('');
    L.push(
      `Growth, extra time per extra story between the two largest archives / between the real site and the smallest: ${r.archiveGrowth ? `${r.archiveGrowth.wall.toFixed(2)} (wall); ${r.archiveGrowth.cpu === null ? '–' : r.archiveGrowth.cpu.toFixed(2)} in CPU seconds` : 'not measured (needs --scales with 1 and two archives)'}. 1 is linear.`,
      '',
    );
  }
  for (const s of r.scales) {
    L.push(`## Pages at ${s.scale}x (largest page of each type; bytes in KB, gzip level 6)`, '');
    L.push(
      '| page type | pages | largest page | HTML | HTML gz | CSS | CSS gz | JS | JS gz | images gz | total gz | median total gz |',
    );
    L.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const t of s.pageTypes) {
      const p = t.largest;
      L.push(
        `| ${t.type} | ${t.pages} | ${p.path} | ${kb(p.html.raw)} | ${kb(p.html.gzip)} | ${kb(p.css.raw)} | ${kb(p.css.gzip)} | ${kb(p.js.raw)} | ${kb(p.js.gzip)} | ${kb(p.images.gzip)} | ${kb(p.totalGzip)} | ${kb(t.medianTotalGzip)} |`,
      );
    }
    L.push('');
    const routes = s.build.astro.routes.slice(0, 8);
    if (routes.length) {
      L.push(`Slowest routes at ${s.scale}x (sum of Astro's per-page times):`, '');
      L.push('| route | pages | total ms | ms/page |', '| --- | ---: | ---: | ---: |');
      for (const x of routes)
        L.push(`| ${x.route} | ${x.pages} | ${x.ms} | ${(x.ms / x.pages).toFixed(1)} |`);
      L.push('');
    }
    if (s.datasetReads) {
      L.push(
        `Dataset reads (authorities.csv) per process at ${s.scale}x: ${Object.entries(s.datasetReads)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')}`,
        '',
      );
    }
  }
  if (r.chart) {
    L.push('## Chart rendering (real data)', '');
    L.push(
      `${r.chart.charts} charts (wide + narrow SVG + figure HTML each, as scripts/bench-charts.ts), median ${r.chart.medianMs.toFixed(2)} ms wall (${r.chart.medianCpuMs.toFixed(2)} ms CPU) per chart, total ${r.chart.totalMs.toFixed(0)} ms.`,
      '',
    );
    L.push(
      '| type | charts | median ms | median CPU ms | max ms | total ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const t of r.chart.byType)
      L.push(
        `| ${t.type} | ${t.n} | ${t.medianMs.toFixed(2)} | ${t.medianCpuMs.toFixed(2)} | ${t.maxMs.toFixed(2)} | ${t.totalMs.toFixed(0)} |`,
      );
    L.push('');
  }
  if (r.search) {
    L.push('## Search (the 1x build; scripts/bench/search.ts, as scripts/measure-search.ts)', '');
    for (const line of searchLines(r.search)) L.push(`- ${line}`);
    L.push('');
  }
  L.push('## Budgets', '');
  L.push('| budget | limit | measured | result |', '| --- | ---: | ---: | --- |');
  for (const b of r.budgets)
    L.push(
      `| ${b.budget.label} | ${formatValue(b.budget.max, b.budget.unit)} | ${b.value === null ? 'not measured' : formatValue(b.value, b.budget.unit)}${b.detail ? ` (${b.detail})` : ''} | ${b.pass ? 'pass' : '**FAIL**'} |`,
    );
  for (const s of r.skipped) L.push(`| ${s} | | | skipped |`);
  L.push('');
  return L.join('\n');
}
