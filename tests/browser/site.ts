/**
 * How the browser tests reach the shared server and Chromium, and a recorder of console errors,
 * failed requests, requests to other hosts and CSP violations. Re-exports the built-site helpers.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';

export { COUNCIL, embedSample, htmlFiles, siteOrigin, sitemapPaths, storyPath, walk } from './built';

export function origin(): string {
  return inject('origin');
}

export async function connect(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'), { timeout: 60_000 });
}

export interface Recorder {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
  problems(): string[];
  /** Forget everything so far (before the next navigation of a reused page). */
  reset(): void;
}

/**
 * A context that records everything that went wrong: console errors (this includes Chromium's
 * "Refused to ..." CSP reports), uncaught exceptions, failed requests and HTTP errors (any
 * status >= 400 except the one the test expects for the main document), requests to any host
 * but the local server (aborted, so nothing ever leaves the machine), and securitypolicyviolation
 * events. A page may be reused for many navigations: call `rec.reset()` before each.
 */
export async function recordingContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{
  context: BrowserContext;
  rec: Recorder;
  watch: (page: Page, expectMainStatus?: number) => void;
}> {
  const context = await browser.newContext({ ...options });
  const local = new URL(origin()).host;
  // Requests are stamped with the recorder's generation, so that a request of the previous
  // page, cut short by the next navigation, is not blamed on the next page.
  let generation = 0;
  const born = new WeakMap<object, number>();
  const rec: Recorder = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    foreignRequests: [],
    cspViolations: [],
    problems() {
      return [
        ...this.consoleErrors.map((m) => `console error: ${m}`),
        ...this.pageErrors.map((m) => `uncaught exception: ${m}`),
        ...this.failedRequests.map((m) => `failed request: ${m}`),
        ...this.foreignRequests.map((m) => `request to another host: ${m}`),
        ...this.cspViolations.map((m) => `CSP violation: ${m}`),
      ];
    },
    reset() {
      generation++;
      for (const list of [
        this.consoleErrors,
        this.pageErrors,
        this.failedRequests,
        this.foreignRequests,
        this.cspViolations,
      ]) {
        list.length = 0;
      }
    },
  };
  await context.route(
    (url) => url.host !== local && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      rec.foreignRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  if (options.javaScriptEnabled !== false) {
    await context.exposeBinding('__inspectedCsp', (_src, msg: string) => {
      rec.cspViolations.push(msg);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __inspectedCsp?: (m: string) => void };
        w.__inspectedCsp?.(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} on ${e.documentURI}`,
        );
      });
    });
  }
  const watch = (page: Page, expectMainStatus = 200) => {
    page.on('console', (m) => {
      if (m.type() === 'error') {
        const loc = m.location();
        rec.consoleErrors.push(`${m.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (e) => rec.pageErrors.push(e.message));
    page.on('request', (r) => born.set(r, generation));
    page.on('requestfailed', (r) => {
      if (born.get(r) !== generation) return;
      if (new URL(r.url()).host === local)
        rec.failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (r) => {
      const main = r.request().isNavigationRequest() && r.frame() === page.mainFrame();
      if (r.status() >= 400 && !(main && r.status() === expectMainStatus))
        rec.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
    });
  };
  return { context, rec, watch };
}
