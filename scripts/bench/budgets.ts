/**
 * The performance budgets of `npm run bench` (docs/performance.md), in one place, and the checker
 * that compares measured figures with them. A figure that could not be measured fails its budget
 * (an unmeasured budget is not a kept one).
 */

export interface Budget {
  id: BudgetId;
  /** What a reader of the report sees. */
  label: string;
  /** The largest allowed value. */
  max: number;
  unit: 'bytes' | 'ms' | 's' | 'ratio';
}

export type BudgetId =
  | 'readingJs'
  | 'pageTransfer'
  | 'chartMedian'
  | 'realBuild'
  | 'growth'
  | 'peakMemory10x'
  | 'peakMemoryArchive'
  | 'archiveGrowth'
  | 'searchFirstQueryBytes'
  | 'searchFirstQueryMs';

const KB = 1024;

export const BUDGETS: readonly Budget[] = [
  { id: 'readingJs', label: 'JavaScript needed to read a story or council page', max: 0, unit: 'bytes' },
  {
    id: 'pageTransfer',
    label: 'story or council page, everything transferred (HTML + CSS + JS + images), gzip',
    max: 60 * KB,
    unit: 'bytes',
  },
  { id: 'chartMedian', label: 'chart rendering, median per chart', max: 5, unit: 'ms' },
  { id: 'realBuild', label: 'full build of the real site (2-core machine)', max: 30, unit: 's' },
  { id: 'growth', label: 'growth: time at 10x / (10 × time at 1x)', max: 1.2, unit: 'ratio' },
  {
    id: 'peakMemory10x',
    label: 'peak memory of the build at 10x (process tree)',
    max: 2 * KB * KB * KB,
    unit: 'bytes',
  },
  {
    id: 'peakMemoryArchive',
    label: 'peak memory of the build with the largest story archive (2,000 stories; process tree)',
    max: 2 * KB * KB * KB,
    unit: 'bytes',
  },
  {
    id: 'archiveGrowth',
    label: 'story archive growth: extra time per story, largest archives / smallest',
    max: 1.2,
    unit: 'ratio',
  },
  {
    id: 'searchFirstQueryBytes',
    label: 'search: bytes a first query downloads (fresh browser, as transferred), median',
    max: 250 * KB,
    unit: 'bytes',
  },
  {
    id: 'searchFirstQueryMs',
    label: 'search: first query, submit to results shown (Chromium, fresh browser), median',
    max: 3000,
    unit: 'ms',
  },
];

/** The measured figure for each budget; undefined or null when it could not be measured. */
export type Measured = Partial<Record<BudgetId, number | null>>;

export interface BudgetResult {
  budget: Budget;
  value: number | null;
  pass: boolean;
  /** One line for the console and the report. */
  message: string;
  /** What was measured, e.g. which page was largest (given by the caller). */
  detail?: string;
}

export function formatValue(v: number, unit: Budget['unit']): string {
  switch (unit) {
    case 'bytes':
      return v >= KB * KB * KB
        ? `${(v / KB / KB / KB).toFixed(2)} GB`
        : v >= KB * KB
          ? `${(v / KB / KB).toFixed(0)} MB`
          : v >= KB
            ? `${(v / KB).toFixed(1)} KB`
            : `${v} B`;
    case 'ms':
      return `${v.toFixed(2)} ms`;
    case 's':
      return `${v.toFixed(1)} s`;
    case 'ratio':
      return v.toFixed(2);
  }
}

export function checkBudgets(
  measured: Measured,
  details: Partial<Record<BudgetId, string>> = {},
  budgets: readonly Budget[] = BUDGETS,
): BudgetResult[] {
  return budgets.map((budget) => {
    const v = measured[budget.id];
    const value = v === undefined || v === null || Number.isNaN(v) ? null : v;
    const pass = value !== null && value <= budget.max;
    const limit = formatValue(budget.max, budget.unit);
    const message =
      value === null
        ? `FAIL ${budget.label}: not measured (budget ${limit})`
        : `${pass ? 'pass' : 'FAIL'} ${budget.label}: ${formatValue(value, budget.unit)} (budget <= ${limit})`;
    const detail = details[budget.id];
    return detail === undefined ? { budget, value, pass, message } : { budget, value, pass, message, detail };
  });
}

/** The failed budgets, for the exit status. */
export function failures(results: readonly BudgetResult[]): BudgetResult[] {
  return results.filter((r) => !r.pass);
}
