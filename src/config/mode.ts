/**
 * Whether this process is the dev server (`astro dev`, `npm run dev`), decided by the command and
 * nothing else. Drafts are shown, and pages go without their CSP meta tag (the dev client injects
 * styles), only there. Not import.meta.env.DEV: Vite derives that from NODE_ENV, so a production
 * build run with NODE_ENV=development or test (as under vitest) would count as dev and publish
 * drafts.
 */
export function isDevServer(argv: readonly string[] = process.argv): boolean {
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  return command === 'dev';
}
