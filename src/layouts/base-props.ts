/** What every page gives its layout (Base.astro, and Page.astro, which passes them on). */
export interface BaseProps {
  title: string;
  /** The full headline for social cards (og:title), when `title` is a shorter form of it. */
  headline?: string | undefined;
  description: string;
  /** Site path of this page, e.g. `/authorities/haringey/`. */
  path: string;
  /** Site path of the social card image, if any. */
  image?: string | undefined;
  imageAlt?: string | undefined;
  type?: 'website' | 'article';
  jsonLd?: Record<string, unknown> | undefined;
  /** Mark a page that search engines should not index (embeds). */
  noindex?: boolean;
  /** False for pages with no address of their own (the 404 page). */
  canonical?: boolean;
}
