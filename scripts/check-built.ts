/**
 * Post-build check, run by `npm run build` on the staging folder before it replaces dist/ (so a
 * site that fails it is never published):
 *
 * - every internal reference (href, src, srcset, action, Open Graph URLs, sitemap and feed
 *   entries, url() in CSS, paths in datapackage.json) in every built HTML, SVG, CSS, XML and JSON
 *   file resolves to a built file: pages, CSVs, embeds, images, feeds;
 * - every HTML page carries the Content-Security-Policy meta tag (src/config/security.ts) before
 *   anything it governs, and `_headers` is the one the build writes from the same definition;
 * - no draft story was built;
 * - no page shows a reader a defect (scripts/lib/reader-defects.ts): an unrendered placeholder (an
 *   empty chart slot, a Markdown directive left as text), "undefined", "NaN", "[object Object]",
 *   "Invalid Date", or a date after the build day.
 *
 *   tsx scripts/check-built.ts [dir]     # dir defaults to OUT_DIR, else dist
 *
 * Prints each problem (grouped: a layout's broken link shows once, with how many files carry it)
 * and exits 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP_META, headersFile } from '../src/config/security';
import { basePath } from '../src/config/urls';
import { storySlugs } from '../src/config/site-paths';
import { decodeEntities, extractRefs, refFileType } from './lib/site-refs';
import { defectProblems, readerDefects, type ReaderDefect } from './lib/reader-defects';
import { listProblems, terminalText } from '../src/config/terminal-text';
import { buildDay } from '../src/config/build-day';
import { isSearchPageFile } from './build-site.mjs';

export interface BuiltCheckOptions {
  /** The base the site was built for (BASE), e.g. `/` or `/inspected/`. */
  base: string;
  /** The site's own origin; read from sitemap-index.xml when not given. */
  origin?: string;
  /** Slugs of draft stories, which must not have been built. */
  draftSlugs?: readonly string[];
  /** The build day (`YYYY-MM-DD`): no page may show a later date. Default: buildDay() (src/config/build-day.ts). */
  today?: string;
}

export interface BuiltCheckResult {
  problems: string[];
  files: number;
  pages: number;
  references: number;
}

/** Every file under `dir`, relative, with `/` separators, sorted. */
export function listBuilt(dir: string): string[] {
  const out: string[] = [];
  const rec = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) rec(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) rec(dir);
  return out;
}

/** The site's origin, from the first sitemap listed in sitemap-index.xml. */
export function builtOrigin(dir: string): string | null {
  const file = join(dir, 'sitemap-index.xml');
  if (!existsSync(file)) return null;
  const first = /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(readFileSync(file, 'utf8'))?.[1];
  return first ? new URL(first).origin : null;
}

const CSP_META_TAG = /<meta\b[^>]*\bhttp-equiv\s*=\s*"Content-Security-Policy"[^>]*>/gi;

/** Problems with a page's CSP meta tag: missing, repeated, different, or after what it governs. */
export function cspMetaProblems(html: string): string[] {
  const tags = [...html.matchAll(CSP_META_TAG)];
  if (tags.length === 0) return ['no <meta http-equiv="Content-Security-Policy">'];
  if (tags.length > 1) return [`${tags.length} Content-Security-Policy meta tags (expected one)`];
  const tag = tags[0]?.[0] ?? '';
  const content = decodeEntities(/\scontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
  const problems: string[] = [];
  if (content !== CSP_META)
    problems.push(
      `Content-Security-Policy meta is ${JSON.stringify(content)}, expected ${JSON.stringify(CSP_META)}`,
    );
  const at = tags[0]?.index ?? 0;
  const head = html.slice(0, at);
  if (/<(link|script|style|img|iframe|body)\b/i.test(head))
    problems.push(
      'the Content-Security-Policy meta tag comes after content it should govern (put it first in <head>)',
    );
  return problems;
}

function pageUrl(base: string, file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

export function checkBuiltSite(dir: string, options: BuiltCheckOptions): BuiltCheckResult {
  const base = basePath(options.base);
  const files = listBuilt(dir);
  const fileSet = new Set(files);
  const own = options.origin ?? builtOrigin(dir);
  const problems: string[] = [];
  if (!fileSet.has('index.html')) problems.push(`${dir}/index.html: the home page was not built`);
  if (!own) problems.push(`${dir}/sitemap-index.xml: missing or lists no sitemap`);

  // _headers: exactly what src/config/security.ts defines.
  if (!fileSet.has('_headers')) problems.push(`${dir}/_headers: missing`);
  else if (readFileSync(join(dir, '_headers'), 'utf8') !== headersFile())
    problems.push(`${dir}/_headers: differs from headersFile() in src/config/security.ts`);

  // Drafts: never built.
  for (const slug of options.draftSlugs ?? []) {
    for (const f of [`stories/${slug}/index.html`, `og/stories/${slug}.png`])
      if (fileSet.has(f)) problems.push(`${dir}/${f}: draft story "${slug}" was built`);
  }

  /** The built file a path under the base is served from, or why there is none. */
  const resolve = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return `outside the site's base ${base}`;
    const rel = pathname.slice(base.length);
    if (rel === '' || rel.endsWith('/')) return fileSet.has(`${rel}index.html`) ? null : 'no such page';
    if (fileSet.has(rel)) return null;
    if (fileSet.has(`${rel}/index.html`)) return 'page link without its trailing slash';
    return 'no such file';
  };

  const today = options.today ?? buildDay();
  const defects: [string, ReaderDefect[]][] = [];
  const broken = new Map<string, { n: number; first: string }>();
  let references = 0;
  let pages = 0;
  for (const f of files) {
    const type = refFileType(f);
    if (!type || f.startsWith('pagefind/')) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) {
      pages++;
      for (const p of cspMetaProblems(text)) problems.push(`${dir}/${f}: ${p}`);
      if (!isSearchPageFile(f) && /\sdata-pagefind-body\b/.test(text))
        problems.push(
          `${dir}/${f}: searchable (data-pagefind-body) but Pagefind does not read its section (SEARCH_SECTIONS in scripts/build-site.mjs)`,
        );
      const found = readerDefects(text, today);
      if (found.length) defects.push([`${dir}/${f}`, found]);
    }
    const here = new URL(pageUrl(base, f), 'http://local');
    let refs;
    try {
      refs = extractRefs(text, type);
    } catch (e) {
      problems.push(
        `${dir}/${f}: could not be read as ${type}: ${e instanceof Error ? e.message : String(e)}`,
      );
      continue;
    }
    for (const ref of refs) {
      let error: string | null = null;
      if (/^\s*javascript:/i.test(ref.value)) error = 'javascript: URL';
      else {
        let u: URL | null = null;
        try {
          u = new URL(ref.value, here);
        } catch {
          error = 'not a URL';
        }
        if (u && u.origin !== 'http://local' && u.origin !== own) continue; // another site
        if (u) {
          references++;
          let pathname = u.pathname;
          try {
            pathname = decodeURIComponent(pathname);
          } catch {
            error = 'badly escaped path';
          }
          // data-pagefind names the search bundle's folder: its entry file must exist.
          if (!error) error = resolve(ref.kind === 'data-pagefind' ? `${pathname}pagefind.js` : pathname);
        }
      }
      if (error) {
        const key = `${ref.kind} ${JSON.stringify(ref.value)}: ${error}`;
        const g = broken.get(key) ?? { n: 0, first: f };
        g.n++;
        broken.set(key, g);
      }
    }
  }
  for (const [key, g] of broken)
    problems.push(
      `${dir}/${g.first}: ${key}${g.n > 1 ? ` (and in ${g.n - 1} more file${g.n === 2 ? '' : 's'})` : ''}`,
    );
  problems.push(...defectProblems(defects));
  return { problems, files: files.length, pages, references };
}

function main(): void {
  const dir = process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist';
  const published = storySlugs(false);
  const drafts = [...storySlugs(true)].filter((s) => !published.has(s));
  const r = checkBuiltSite(dir, { base: process.env['BASE'] ?? '/', draftSlugs: drafts });
  if (r.problems.length) {
    console.error(terminalText(listProblems(r.problems).join('\n')));
    console.error(`\ncheck-built: ${r.problems.length} problem(s) in ${dir}/; it is not published.`);
    process.exit(1);
  }
  console.log(
    `check-built: ${r.pages} pages and ${r.files - r.pages} other files; ${r.references} internal references all resolve; every page carries the CSP meta tag; no page shows a reader an unrendered placeholder, a program value or a date after today.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
