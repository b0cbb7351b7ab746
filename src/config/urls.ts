/** Building links that work at a domain root and under a sub-path (`base`). */

/**
 * The site's base: the `BASE` setting that astro.config.mjs also reads, so links made here and
 * Astro's own asset links always agree (import.meta.env is not replaced in modules that the
 * config itself loads).
 */
export const SITE_BASE: string = process.env['BASE'] ?? '/';

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
  const origin = site ? new URL(String(site)).origin : 'https://inspected.example.org';
  return origin + href(path, base);
}
