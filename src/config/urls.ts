/** Building links that work at a domain root and under a sub-path (`base`). */

/**
 * The site's base: the `BASE` setting that astro.config.mjs also reads, so links made here and
 * Astro's own asset links always agree (import.meta.env is not replaced in modules that the
 * config itself loads).
 */
export const SITE_BASE: string = process.env['BASE'] ?? '/';

/** What canonical URLs, feeds, the sitemap and social cards use when SITE is not set. */
export const PLACEHOLDER_SITE = 'https://inspected.example.org';

/**
 * The production address (origin only; a sub-path goes in BASE): the `SITE` setting, the one
 * place it is set (docs/deploy.md). Unset, builds use the placeholder and `npm run build` warns.
 * Throws a plain message when SITE is not an http(s) origin.
 */
export function siteAddress(value: string | undefined = process.env['SITE']): string {
  if (!value) return PLACEHOLDER_SITE;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new Error(
      `SITE=${JSON.stringify(value)} is not an address; expected e.g. SITE=https://inspected.example.com`,
    );
  }
  if (!/^https?:$/.test(u.protocol) || u.pathname !== '/' || u.search || u.hash)
    throw new Error(
      `SITE=${JSON.stringify(value)}: expected only the origin, e.g. SITE=https://example.github.io; put a sub-path in BASE (BASE=/inspected/)`,
    );
  return u.origin;
}

/** The site's base path with exactly one trailing slash, e.g. `/` or `/inspected/`. */
export function basePath(base: string = SITE_BASE): string {
  return base.endsWith('/') ? base : base + '/';
}

/** A site path (root-relative, e.g. `/authorities/haringey/`) as a link under the base. */
export function href(path: string, base?: string): string {
  return basePath(base) + path.replace(/^\/+/, '');
}

/** An absolute URL for canonical links, feeds and sitemaps. */
export function absolute(path: string, site: URL | string | undefined, base?: string): string {
  const origin = site ? new URL(String(site)).origin : PLACEHOLDER_SITE;
  return origin + href(path, base);
}
