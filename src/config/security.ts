/**
 * The site's security and cache headers, defined once. The build writes them as `_headers`
 * (Netlify, Cloudflare Pages) and every page carries the policy in a
 * `<meta http-equiv="Content-Security-Policy">`, so hosts that ignore `_headers` (GitHub Pages,
 * S3, a plain nginx) still enforce it. docs/deploy.md gives the nginx form; a test checks it
 * against this file.
 *
 * The pages need no inline script or style and load nothing from other hosts; Pagefind compiles
 * its WebAssembly, hence 'wasm-unsafe-eval' (which allows WebAssembly only, not eval()).
 */

/** The policy's directives in order, apart from frame-ancestors (which depends on the page). */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Who may frame a page: embeds anyone, every other page only this site. */
export const FRAME_ANCESTORS = { page: "'self'", embed: '*' } as const;

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there): frame-ancestors,
 * report-uri, sandbox. They are only ever sent as headers.
 */
const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function join(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The Content-Security-Policy header of a page (`embed` for the /embed/ pages). */
export function cspHeader(kind: keyof typeof FRAME_ANCESTORS = 'page'): string {
  return join([...CSP_DIRECTIVES, ['frame-ancestors', FRAME_ANCESTORS[kind]]]);
}

/** The same policy as the header, minus what a meta tag cannot carry: the same on every page. */
export const CSP_META: string = join(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));

/** Headers every response gets besides the policy. */
const OTHER_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/**
 * Astro fingerprints every file under assets/ (a new name when the content changes), so they may
 * be cached for a year; everything else (pages, feeds, CSVs, the search index's entry) is
 * revalidated on each visit.
 */
export const CACHE_HEADERS = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * The `_headers` file (Netlify and Cloudflare Pages), paths relative to the folder deployed.
 *
 * The /embed/* rule comes after /* and replaces its Content-Security-Policy: Netlify keeps the
 * later rule's value; Cloudflare Pages would join both values (and so enforce both policies), so
 * the "! Name" line detaches the inherited header there. Netlify skips that line (no colon).
 */
export function headersFile(): string {
  const L: string[] = [
    '# Response headers for Netlify and Cloudflare Pages, written by the build from',
    '# src/config/security.ts (edit it there). Every page also carries the policy in a <meta> tag.',
    '',
    '/*',
    `  Content-Security-Policy: ${cspHeader('page')}`,
    ...OTHER_HEADERS.map(([k, v]) => `  ${k}: ${v}`),
    `  Cache-Control: ${CACHE_HEADERS.revalidate}`,
    '',
    '/embed/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${cspHeader('embed')}`,
    '',
    '/assets/*',
    '  ! Cache-Control',
    `  Cache-Control: ${CACHE_HEADERS.immutable}`,
    '',
  ];
  return L.join('\n');
}
