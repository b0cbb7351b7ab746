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
} as const;

/** A byte count for messages: "200 KB", "5 MB". */
export function formatBytes(n: number): string {
  // Rounded up, so that a file just over a limit never reads as equal to it.
  if (n >= 1024 * 1024) return `${Math.ceil((n / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}
