/**
 * The one rule for a page's `<title>`: never cut, and at most 70 characters as written in the page
 * (search engines truncate longer ones). Measured as html-validate's `long-title` rule measures it,
 * on the text as written: an "&" counts as the five characters of "&amp;".
 */
export const MAX_TITLE_CHARS = 70;

/** A title's length as written in the page. */
export function titleLength(title: string): number {
  return title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;
}

/** Whether a title fits without being cut. */
export function titleFits(title: string): boolean {
  return titleLength(title) <= MAX_TITLE_CHARS;
}
