/**
 * Problems the stories loader found, kept for the pages: under `npm run dev` a broken story does
 * not stop the server, and every page that lists stories throws `StoryProblemsError` instead, so
 * the browser shows Astro's error page naming each file:line, not a page with half the content.
 * The registry lives on globalThis because the loader and the pages are separate module copies
 * in one process.
 */
import { escapeUnsafe } from '../config/text-safety';

interface RegisteredProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

const store = globalThis as { __inspectedStoryProblems?: Map<string, RegisteredProblem[]> };

/** Problems by file, as last loaded. */
export function storyProblemRegistry(): Map<string, RegisteredProblem[]> {
  return (store.__inspectedStoryProblems ??= new Map());
}

function formatRegisteredProblem(p: RegisteredProblem): string {
  return escapeUnsafe(`${p.file}:${p.line}:${p.column} ${p.message}`);
}

export class StoryProblemsError extends Error {
  constructor(readonly problems: readonly RegisteredProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the stories or write-ups (fix and save; the page reloads):\n` +
        problems.map(formatRegisteredProblem).join('\n'),
    );
    this.name = 'StoryProblemsError';
  }
}

/** All registered problems, sorted by file and line. */
export function registeredProblems(): RegisteredProblem[] {
  return [...storyProblemRegistry().values()]
    .flat()
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Throw if the loader found any problem in any story. */
export function throwIfStoryProblems(): void {
  const all = registeredProblems();
  if (all.length) throw new StoryProblemsError(all);
}
