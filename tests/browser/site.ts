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
  type Request,
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

function newRecorder(): Recorder {
  return {
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
}

/**
 * A context that records everything that went wrong: console errors (this includes Chromium's
 * "Refused to ..." CSP reports), uncaught exceptions, failed requests and HTTP errors (any
 * status >= 400 except the one the test expects for the main document), requests to any host
 * but the local server (aborted, so nothing ever leaves the machine), and securitypolicyviolation
 * events. `rec` gathers what happens on every watched page of the context; `watch(page)` also
 * returns a recorder of that page alone (for several pages visiting the site at once). A page may
 * be reused for many navigations: call `reset()` on its recorder before each.
 */
export async function recordingContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{
  context: BrowserContext;
  rec: Recorder;
  watch: (page: Page, expectMainStatus?: number) => Recorder;
}> {
  const context = await browser.newContext({ ...options });
  const local = new URL(origin()).host;
  const rec = newRecorder();
  // Each recorder's generation goes up at each reset, and requests are stamped with it, so that
  // a request of the previous page, cut short by the next navigation, is not blamed on the next page.
  const generation = new WeakMap<Recorder, number>();
  const pageRec = new WeakMap<Page, Recorder>();
  const born = new WeakMap<object, number>();
  const counted = (r: Recorder): Recorder => {
    generation.set(r, 0);
    const reset = r.reset.bind(r);
    r.reset = () => {
      generation.set(r, (generation.get(r) ?? 0) + 1);
      reset();
    };
    return r;
  };
  counted(rec);
  /** The recorders a page's events go to: the context's, and the page's own. */
  const sinks = (page: Page | null | undefined): Recorder[] => {
    const own = page ? pageRec.get(page) : undefined;
    return own ? [rec, own] : [rec];
  };
  const pageOf = (request: Request): Page | null => {
    try {
      return request.frame().page();
    } catch {
      return null; // a service worker's request has no frame
    }
  };
  await context.route(
    (url) => url.host !== local && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      for (const r of sinks(pageOf(route.request()))) r.foreignRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  if (options.javaScriptEnabled !== false) {
    await context.exposeBinding('__inspectedCsp', (source, msg: string) => {
      for (const r of sinks(source.page)) r.cspViolations.push(msg);
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
  const watch = (page: Page, expectMainStatus = 200): Recorder => {
    const own = counted(newRecorder());
    pageRec.set(page, own);
    const to = () => sinks(page);
    page.on('console', (m) => {
      if (m.type() === 'error') {
        const loc = m.location();
        const text = `${m.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`;
        for (const r of to()) r.consoleErrors.push(text);
      }
    });
    page.on('pageerror', (e) => {
      for (const r of to()) r.pageErrors.push(e.message);
    });
    page.on('request', (r) => born.set(r, generation.get(own) ?? 0));
    page.on('requestfailed', (r) => {
      if (born.get(r) !== generation.get(own)) return;
      // Chromium fetches the favicon for itself and may cancel that fetch (ERR_ABORTED, seen once
      // in 6,764 visits); a missing favicon still shows, as an HTTP 404 below.
      const cancelledIcon = r.failure()?.errorText === 'net::ERR_ABORTED' && r.url().endsWith('/favicon.svg');
      if (new URL(r.url()).host === local && !cancelledIcon)
        for (const x of to()) x.failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (r) => {
      const main = r.request().isNavigationRequest() && r.frame() === page.mainFrame();
      if (r.status() >= 400 && !(main && r.status() === expectMainStatus))
        for (const x of to()) x.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
    });
    return own;
  };
  return { context, rec, watch };
}
