/**
 * The response headers in public/_headers (copied to dist/_headers): a strict
 * Content-Security-Policy on every page, X-Content-Type-Options and Referrer-Policy; embeds may
 * be framed by any site and nothing else may be framed by another site, under both hosts'
 * rule-merging semantics and in Chromium. Every page is also loaded under this CSP by the page
 * suite (pages-*.test.ts), which fails on any violation.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST } from './paths';
import { headersFor, parseHeadersFile, type HeaderSemantics } from './server';
import { connect, embedSample, origin } from './site';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

function directives(csp: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) m.set(name.toLowerCase(), values);
  }
  return m;
}

const REQUIRED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

describe.each(['cloudflare', 'netlify'] as HeaderSemantics[])('_headers as %s applies them', (semantics) => {
  test.each(['/', '/authorities/haringey/', '/search/', '/404.html', '/embed/x/'])(
    '%s gets one strict CSP and the other headers',
    (path) => {
      const h = new Map([...headersFor(rules, path, semantics)].map(([k, v]) => [k.toLowerCase(), v]));
      const csp = h.get('content-security-policy') ?? '';
      expect(csp, `${path}: Content-Security-Policy`).not.toBe('');
      // A comma would mean two policies were joined (both enforced): the embed rule must replace.
      expect(csp, `${path}: exactly one policy`).not.toContain(',');
      const d = directives(csp);
      for (const [name, values] of Object.entries(REQUIRED))
        expect(d.get(name), `${path}: ${name}`).toEqual(values);
      expect(csp, 'no unsafe-inline or unsafe-eval').not.toMatch(/'unsafe-(inline|eval)'/);
      expect(d.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(
        path.startsWith('/embed/') ? ['*'] : ["'self'"],
      );
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy') ?? '').toMatch(
        /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      );
    },
  );
});

test('the server sends the headers, and a missing page gets the 404 page with status 404', async () => {
  const home = await fetch(origin() + '/');
  expect(home.headers.get('content-security-policy') ?? '').toContain("frame-ancestors 'self'");
  const missing = await fetch(origin() + '/no-such-page/');
  expect(missing.status).toBe(404);
  const body = await missing.text();
  expect(body).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  expect(missing.headers.get('content-security-policy') ?? '').toContain("default-src 'self'");
});

describe('framing from another origin', () => {
  let browser: Browser;
  let host: Server;
  let hostOrigin = '';
  const embed = embedSample(1)[0] ?? '/embed/missing/';
  beforeAll(async () => {
    browser = await connect();
    // A page on another origin (another port) that frames an embed and an ordinary page.
    host = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><title>host</title>` +
          `<iframe id="embed" src="${origin()}${embed}" width="600" height="400"></iframe>` +
          `<iframe id="page" src="${origin()}/about/" width="600" height="400"></iframe>`,
      );
    });
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((ok) => host.close(ok));
  });

  test(`another site can frame ${embed} but not /about/`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /frame-ancestors/.test(m.text())) refused.push(m.text());
    });
    await page.goto(hostOrigin + '/');
    await page.waitForLoadState('load');
    const embedFrame = page.frames().find((f) => f.url() === origin() + embed);
    expect(embedFrame, `${embed} loaded inside the frame`).toBeTruthy();
    expect(
      await embedFrame?.locator('figure.chart, svg').count(),
      `${embed} shows its chart when framed`,
    ).toBeGreaterThan(0);
    const aboutFrame = await (await page.$('#page'))?.contentFrame();
    const aboutMain =
      (await aboutFrame
        ?.locator('main')
        .count()
        .catch(() => 0)) ?? 0;
    expect(
      aboutMain,
      `/about/ must not render in another site's frame (frame at ${aboutFrame?.url() ?? '?'})`,
    ).toBe(0);
    // Chromium names only the origin in its report, so count: one refusal (/about/), none for the embed.
    expect(refused, 'Chromium refuses exactly one frame (/about/) under frame-ancestors').toHaveLength(1);
    await context.close();
  });
});
