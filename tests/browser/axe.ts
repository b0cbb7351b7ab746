/** axe-core in a page: WCAG 2.0, 2.1 and 2.2 A and AA rules, with readable failure messages. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Run axe on the page and return one line per violating element:
 * `<page> [rule-id, impact] help: selector — summary`. Injected through the DevTools protocol,
 * so it runs under the page's Content-Security-Policy without needing an exception.
 */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.evaluate(AXE_SOURCE);
  const options = rules
    ? { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] }
    : { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (opts) => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: unknown[] }> };
    };
    const r = await w.axe.run(document, opts);
    return JSON.parse(JSON.stringify(r.violations)) as unknown;
  }, options);
  const out: string[] = [];
  for (const v of violations as AxeViolation[]) {
    for (const n of v.nodes) {
      const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      out.push(
        `${label} [${v.id}, ${v.impact ?? 'n/a'}] ${v.help}: ${n.target.map(String).join(' >> ')}${summary ? ` — ${summary}` : ''}`,
      );
    }
  }
  return out;
}
