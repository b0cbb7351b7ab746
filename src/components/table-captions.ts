/**
 * A story table's caption, written in Markdown as "Table: ..." on the line before it
 * (src/markdown/remark-table-captions.ts), moves into the table as its <caption>, and the
 * table goes into a box that scrolls sideways on a phone instead of the page.
 */
export function captionTables(html: string): string {
  return html.replace(
    /<p class="table-caption">([\s\S]*?)<\/p>\s*<table>([\s\S]*?)<\/table>/g,
    (_m, caption: string, inner: string) =>
      `<div class="table-wrap scroll-x"><table><caption>${caption}</caption>${inner}</table></div>`,
  );
}
