/**
 * Measurements for `npm run bench`: timing one build with the peak memory of its whole process
 * tree, and the bytes each built page transfers (HTML, the CSS, JS and images it loads), raw and
 * gzip.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Process tree memory

/** Parent pid of every process, from /proc/<pid>/stat (Linux). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited
    }
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(after[1]);
    let list = children.get(ppid);
    if (!list) children.set(ppid, (list = []));
    list.push(Number(name));
  }
  return children;
}

function rssKb(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed VmRSS (kB) of `root` and all its descendants, and the largest single process. */
function treeRss(root: number): { sumKb: number; maxKb: number; processes: number } {
  const children = parentMap();
  let sumKb = 0;
  let maxKb = 0;
  let processes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    const kb = rssKb(pid);
    sumKb += kb;
    maxKb = Math.max(maxKb, kb);
    processes++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { sumKb, maxKb, processes };
}

// ---------------------------------------------------------------------------------------------
// One build

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  /** Seconds from start until Astro printed its last line ("Complete!"). */
  astroSeconds: number | null;
  /** Seconds of the Pagefind step (from build-site's step lines; else everything after Astro). */
  pagefindSeconds: number | null;
  /** Seconds of each step of scripts/build-site.mjs, from its "step ... done in" lines. */
  steps: Record<string, number>;
  /** CPU seconds of each step (user + system of its processes), where build-site gave them. */
  stepCpu: Record<string, number>;
  /** Peak of the summed VmRSS of the build's process tree, sampled every `sampleMs`. */
  peakTreeRssBytes: number;
  /** Peak VmRSS of the largest single process seen in the tree. */
  peakProcessRssBytes: number;
  /** GNU time's %M of the whole run (largest process, from the kernel), when /usr/bin/time exists. */
  gnuTimeMaxRssBytes: number | null;
  /** User + system CPU seconds of the whole tree (GNU time): less sensitive to a busy machine. */
  cpuSeconds: number | null;
  samples: number;
  /** Astro's own stage timings and per-route totals parsed from its output. */
  astro: AstroTimings;
  log: string;
}

export interface AstroTimings {
  /** e.g. "[content] Synced content" lines with the seconds since start at which they appeared. */
  marks: { at: number; line: string }[];
  /** Sum of the "(+N ms)" of each page, by route (the `src/pages/...` entry above it). */
  routes: { route: string; pages: number; ms: number }[];
  /** "N page(s) built in Xs" */
  pagesBuiltSeconds: number | null;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The route (src/pages pattern) an output path comes from, e.g. `/authorities/[slug]/`. */
export function routeOf(path: string): string {
  const p = path.replace(/^\/+/, '/');
  const rules: [RegExp, string][] = [
    [/^\/og\/stories\/[^/]+\.png$/, '/og/stories/[slug].png'],
    [/^\/og\/authorities\/[^/]+\.png$/, '/og/authorities/[slug].png'],
    [/^\/charts\/[^/]+\.csv$/, '/charts/[id].csv'],
    [/^\/embed\/[^/]+\/index\.html$/, '/embed/[id]/'],
    [/^\/authorities\/region\/[^/]+\/index\.html$/, '/authorities/region/[region]/'],
    [/^\/authorities\/grade\/[^/]+\/index\.html$/, '/authorities/grade/[grade]/'],
    [/^\/authorities\/[^/]+\/index\.html$/, '/authorities/[slug]/'],
    [/^\/stories\/\d+\/index\.html$/, '/stories/[...page]/'],
    [/^\/stories\/[^/]+\/index\.html$/, '/stories/[slug]/'],
    [/^\/data\/[^/]+\.(csv|json)$/, '/data/[file]'],
  ];
  for (const [re, route] of rules) if (re.test(p)) return route;
  return p.replace(/index\.html$/, '');
}

/** Parse Astro's build output: per-route page timings (`├─ /path (+N ms)`) and its stage lines. */
export function parseAstroOutput(lines: readonly { at: number; line: string }[]): AstroTimings {
  const routes = new Map<string, { pages: number; ms: number }>();
  const marks: AstroTimings['marks'] = [];
  let pagesBuiltSeconds: number | null = null;
  for (const { at, line: raw } of lines) {
    const line = raw.replace(ANSI, '');
    const p = /[├└]─\s+(\S+).*\(\+\s*([\d.]+)\s*(ms|s)\)/.exec(line);
    if (p) {
      const route = routeOf(p[1] ?? '');
      const ms = Number(p[2]) * (p[3] === 's' ? 1000 : 1);
      const cur = routes.get(route) ?? { pages: 0, ms: 0 };
      cur.pages++;
      cur.ms += ms;
      routes.set(route, cur);
      continue;
    }
    const b = /(\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(line);
    if (b) pagesBuiltSeconds = Number(b[2] ?? 0) * 60 + Number(b[3]) / (b[4] === 'ms' ? 1000 : 1);
    if (
      /\[(build|content|vite|types|check|@astrojs\/sitemap)\]|Complete!|generating|build-site:/.test(line) ||
      b
    )
      marks.push({ at: Math.round(at * 100) / 100, line: line.trim() });
  }
  return {
    marks,
    routes: [...routes]
      .map(([r, v]) => ({ route: r, pages: v.pages, ms: Math.round(v.ms) }))
      .sort((a, b) => b.ms - a.ms),
    pagesBuiltSeconds,
  };
}

/** build-site's `build-site: <step> done in N.N s (CPU N.N s)` lines, as step name -> CPU seconds. */
function parseStepCpu(log: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of log.matchAll(/^build-site: (.+?) done in [\d.]+ s \(CPU ([\d.]+) s\)$/gm))
    out[m[1] ?? ''] = Number(m[2]);
  return out;
}

/** build-site's `build-site: <step> done in N.N s` lines, as step name -> seconds. */
export function parseStepLines(log: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of log.matchAll(/^build-site: (.+?) done in ([\d.]+) s(?: \(CPU [\d.]+ s\))?$/gm))
    out[m[1] ?? ''] = Number(m[2]);
  return out;
}

/**
 * Run `node scripts/build-site.mjs` (what `npm run build` runs: astro build, then Pagefind) with
 * `env` added, timing it and sampling its process tree's memory every `sampleMs`.
 */
export async function timeBuild(
  projectRoot: string,
  env: Record<string, string>,
  sampleMs = 100,
): Promise<BuildRun> {
  const bin = join(projectRoot, 'node_modules', '.bin');
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PATH: `${bin}:${process.env['PATH'] ?? ''}`,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  const gnuTime = existsSync('/usr/bin/time');
  const node = process.execPath;
  const script = join(projectRoot, 'scripts', 'build-site.mjs');
  const args = gnuTime ? ['-f', 'BENCH_GNU_TIME=%M %U %S', node, script] : [script];
  const cmd = gnuTime ? '/usr/bin/time' : node;
  const start = performance.now();
  const child = spawn(cmd, args, { cwd: projectRoot, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { at: number; line: string }[] = [];
  let log = '';
  const take = (chunkText: string) => {
    const at = (performance.now() - start) / 1000;
    log += chunkText;
    for (const line of chunkText.split('\n')) if (line.trim()) lines.push({ at, line });
  };
  let pending = { out: '', err: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    const parts = (pending.out + d).split('\n');
    pending.out = parts.pop() ?? '';
    take(parts.join('\n') + '\n');
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    const parts = (pending.err + d).split('\n');
    pending.err = parts.pop() ?? '';
    take(parts.join('\n') + '\n');
  });
  let peakSum = 0;
  let peakMax = 0;
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const r = treeRss(child.pid);
    peakSum = Math.max(peakSum, r.sumKb);
    peakMax = Math.max(peakMax, r.maxKb);
    samples++;
  };
  const timer = setInterval(sample, sampleMs);
  const exitCode: number | null = await new Promise((res) => child.on('close', (code) => res(code)));
  clearInterval(timer);
  const seconds = (performance.now() - start) / 1000;
  take(pending.out + '\n' + pending.err + '\n');
  pending = { out: '', err: '' };
  const gm = /BENCH_GNU_TIME=(\d+) ([\d.]+) ([\d.]+)/.exec(log);
  const astro = parseAstroOutput(lines);
  const complete = [...lines].reverse().find((l) => /Complete!/.test(l.line.replace(ANSI, '')));
  const steps = parseStepLines(log);
  return {
    ok: exitCode === 0,
    exitCode,
    seconds,
    astroSeconds: complete ? complete.at : null,
    pagefindSeconds: steps['pagefind'] ?? (complete ? seconds - complete.at : null),
    steps,
    stepCpu: parseStepCpu(log),
    peakTreeRssBytes: peakSum * 1024,
    peakProcessRssBytes: peakMax * 1024,
    gnuTimeMaxRssBytes: gm ? Number(gm[1]) * 1024 : null,
    cpuSeconds: gm ? Number(gm[2]) + Number(gm[3]) : null,
    samples,
    astro,
    log: log.replace(/BENCH_GNU_TIME=.*\n?/, ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Pages and their transfer

const PAGE_TYPES = [
  'home',
  'story',
  'council',
  'councils index',
  'council filter view',
  'stories index',
  'ratings',
  'data',
  'embed',
  'search',
  'compare',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The page type of a built HTML file, from its path relative to the output folder. */
export function pageType(rel: string): PageType {
  const p = rel.split(sep).join('/');
  if (p === 'index.html') return 'home';
  if (p === 'stories/index.html' || /^stories\/\d+\/index\.html$/.test(p)) return 'stories index';
  if (/^stories\/[^/]+\/index\.html$/.test(p)) return 'story';
  if (p === 'authorities/index.html') return 'councils index';
  if (/^authorities\/(region|grade)\/[^/]+\/index\.html$/.test(p)) return 'council filter view';
  if (/^authorities\/[^/]+\/index\.html$/.test(p)) return 'council';
  if (p === 'ratings/index.html') return 'ratings';
  if (p === 'data/index.html') return 'data';
  if (/^embed\/[^/]+\/index\.html$/.test(p)) return 'embed';
  if (p === 'search/index.html') return 'search';
  if (/^compare\/([^/]+\/)?index\.html$/.test(p)) return 'compare';
  return 'other';
}

export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageTransfer {
  path: string;
  type: PageType;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  images: Bytes;
  /** Everything the page loads, gzip (HTML + CSS + JS + images). */
  totalGzip: number;
  totalRaw: number;
  /** Resources the page links to that were not found in the output (reported, not counted). */
  missing: string[];
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/**
 * Resources one HTML page loads: stylesheets, scripts (external and inline, JSON-LD excluded),
 * images (img/source/srcset, icons, and url() in its CSS). Module imports inside scripts are not
 * followed (no page other than search has any script).
 */
export function pageResources(html: string): {
  css: string[];
  js: string[];
  inlineJs: string[];
  images: string[];
} {
  const css: string[] = [];
  const js: string[] = [];
  const inlineJs: string[] = [];
  const images: string[] = [];
  const noComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of noComments.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('icon') || rel.includes('apple-touch-icon')) images.push(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && attr(tag, 'as') === 'script'))
      js.push(href);
  }
  for (const m of noComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1] ?? ''}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // data blocks, JSON-LD
    const src = attr(tag, 'src');
    if (src) js.push(src);
    else if ((m[2] ?? '').trim()) inlineJs.push(m[2] ?? '');
  }
  for (const m of noComments.matchAll(/<(img|source)\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src) images.push(src);
    const srcset = attr(m[0], 'srcset');
    if (srcset) for (const part of srcset.split(',')) images.push(part.trim().split(/\s+/)[0] ?? '');
  }
  return { css, js, inlineJs, images: images.filter(Boolean) };
}

/** Measure every HTML page of a built site. `base` is the site's base path (default `/`). */
export function measurePages(outDir: string, base = '/'): PageTransfer[] {
  const root = resolve(outDir);
  const cache = new Map<string, (Bytes & { text: string; path: string }) | null>();
  const assetPath = (href: string, fromFile: string): string | null => {
    if (/^(https?:)?\/\//i.test(href) || href.startsWith('data:')) return null;
    const clean = href.split(/[?#]/)[0] ?? '';
    let p: string;
    if (clean.startsWith('/'))
      p = join(root, clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1));
    else p = resolve(dirname(fromFile), clean);
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    return p;
  };
  const asset = (href: string, fromFile: string): (Bytes & { text: string; path: string }) | null => {
    const p = assetPath(href, fromFile);
    if (p === null) return null;
    if (cache.has(p)) return cache.get(p) ?? null;
    let v: (Bytes & { text: string; path: string }) | null = null;
    if (existsSync(p)) {
      const buf = readFileSync(p);
      v = {
        raw: buf.length,
        gzip: gz(buf),
        text: /\.(css|svg)$/i.test(p) ? buf.toString('utf8') : '',
        path: p,
      };
    }
    cache.set(p, v);
    return v;
  };
  const pages: PageTransfer[] = [];
  for (const file of listFiles(root, '.html')) {
    const buf = readFileSync(file);
    const html = buf.toString('utf8');
    const res = pageResources(html);
    const missing: string[] = [];
    const sum = (hrefs: string[], from: string, seen: Set<string>): Bytes => {
      const b = { raw: 0, gzip: 0 };
      for (const h of hrefs) {
        if (seen.has(h)) continue;
        seen.add(h);
        const a = asset(h, from);
        if (!a) {
          if (!/^(https?:)?\/\//i.test(h) && !h.startsWith('data:')) missing.push(h);
          continue;
        }
        b.raw += a.raw;
        b.gzip += a.gzip;
      }
      return b;
    };
    const seen = new Set<string>();
    const css = sum(res.css, file, seen);
    const js = sum(res.js, file, seen);
    for (const s of res.inlineJs) {
      js.raw += Buffer.byteLength(s);
      js.gzip += gz(s);
    }
    // url() references inside the page's stylesheets (fonts, background images).
    const cssUrls: string[] = [];
    for (const h of res.css) {
      const a = asset(h, file);
      if (!a) continue;
      for (const m of a.text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        const u = m[1] ?? '';
        if (u.startsWith('data:') || u.startsWith('#')) continue;
        cssUrls.push(
          '/' +
            relative(root, resolve(dirname(a.path), u))
              .split(sep)
              .join('/'),
        );
      }
    }
    const images = sum([...res.images, ...cssUrls], file, seen);
    const htmlBytes = { raw: buf.length, gzip: gz(buf) };
    pages.push({
      path: relative(root, file).split(sep).join('/'),
      type: pageType(relative(root, file)),
      html: htmlBytes,
      css,
      js,
      images,
      totalGzip: htmlBytes.gzip + css.gzip + js.gzip + images.gzip,
      totalRaw: htmlBytes.raw + css.raw + js.raw + images.raw,
      missing,
    });
  }
  return pages;
}

export interface PageTypeSummary {
  type: PageType;
  pages: number;
  /** The page of this type that transfers the most (gzip), and its figures. */
  largest: PageTransfer;
  medianTotalGzip: number;
  maxJsRaw: number;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function summarisePages(pages: readonly PageTransfer[]): PageTypeSummary[] {
  const out: PageTypeSummary[] = [];
  for (const type of PAGE_TYPES) {
    const of = pages.filter((p) => p.type === type);
    if (!of.length) continue;
    const largest = of.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
    out.push({
      type,
      pages: of.length,
      largest,
      medianTotalGzip: median(of.map((p) => p.totalGzip)),
      maxJsRaw: Math.max(...of.map((p) => p.js.raw)),
    });
  }
  return out;
}

/** Unique chart figures (`<figure class="chart" id=...>`) across the built HTML, and all uses. */
export function countCharts(outDir: string): { unique: number; figures: number } {
  const ids = new Set<string>();
  let figures = 0;
  for (const file of listFiles(outDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<figure\b[^>]*\bclass="(?:[^"]*\s)?chart(?:\s[^"]*)?"[^>]*>/g)) {
      figures++;
      const id = attr(m[0], 'id');
      if (id) ids.add(id);
    }
  }
  return { unique: ids.size, figures };
}
