/**
 * Limits on what editors and pull requests may put into the site. Each one fails `npm run check`
 * (and the build) with the file and line, before anything is built; docs/editing.md lists them.
 * They keep a mistaken or hostile file from exhausting the build machine.
 */
export const LIMITS = {
  /** Size of one story file, in bytes (the longest story today is under 10 KB). */
  storyBytes: 200 * 1024,
  /** Charts in one story. */
  chartsPerStory: 20,
  /** Characters in a headline. */
  titleChars: 120,
  /** Characters in a standfirst. */
  standfirstChars: 400,
  /** Characters in a byline or a source's publisher. */
  nameChars: 100,
  /** Characters in a source's title. */
  sourceTitleChars: 300,
  /** Characters in a story's slug (its file name without `.md`), and so in its address. */
  slugChars: 80,
  /** Nesting of the frontmatter (a source inside the list of sources is depth 3). */
  frontmatterDepth: 8,
  /** Rows in one hand-curated CSV in data/curated/. */
  curatedCsvRows: 10_000,
  /** Size of one data file in data/, in bytes (the largest generated file is under 200 KB). */
  dataFileBytes: 20 * 1024 * 1024,
  /** Size of one image, in bytes. */
  imageBytes: 5 * 1024 * 1024,
  /** Problems printed by one command (import, refresh, check); the rest are counted, "and 123 more". */
  problemsListed: 200,
} as const;

/**
 * The budget for reading one publisher's file (`npm run data:import`, `npm run refresh`): memory
 * and time stay bounded whatever the file declares. Today's inputs: a 3.3 MB CSV at most, and a
 * 2 MB .ods whose `content.xml` inflates to 40 MB; the whole import takes about 11 s and 350 MB.
 * These limits leave room for files ten times that and keep the import within about 1 GB of
 * memory and 60 s a file. Past any of them the file is refused with its name and the row reached
 * (scripts/import/lib/budget.ts), and nothing is written. docs/editing.md lists them.
 */
export const IMPORT_BUDGET = {
  /** Size of one input file on disk, in bytes (a CSV takes about 12 times its size once parsed). */
  fileBytes: 64 * 1024 * 1024,
  /** Bytes inflated from one .ods or .xlsx (only the parts the reader needs, streamed). */
  inflatedBytes: 512 * 1024 * 1024,
  /** Cells kept in memory from one file (empty cells between two full ones included). */
  cells: 10_000_000,
  /** Highest row number a sheet may use (Excel's and LibreOffice's last row). */
  rows: 1_048_576,
  /** Highest column a sheet may use (column XFD, Excel's and LibreOffice's last). */
  columns: 16_384,
  /** Largest repeat count of a cell, row or run of spaces that holds content. */
  repeat: 10_000,
  /** Characters in one cell. */
  cellChars: 1024 * 1024,
  /** Seconds spent reading one file. */
  seconds: 60,
} as const;

/** A byte count for messages: "200 KB", "5 MB". */
export function formatBytes(n: number): string {
  // Rounded up, so that a file just over a limit never reads as equal to it.
  if (n >= 1024 * 1024) return `${Math.ceil((n / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}
