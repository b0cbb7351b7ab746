/**
 * Problems found in a Markdown file by any of the story plugins are collected on the file and
 * reported together by `remarkFailOnProblems`, so an editor sees every problem at once.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export interface MarkdownProblem {
  line: number;
  column: number;
  message: string;
}

function list(file: VFile): MarkdownProblem[] {
  const data = file.data as { problems?: MarkdownProblem[] };
  return (data.problems ??= []);
}

export function addProblem(file: VFile, node: Node | undefined, message: string): void {
  const start = node?.position?.start;
  list(file).push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
}

export function problemsOf(file: VFile): MarkdownProblem[] {
  return [...list(file)].sort((a, b) => a.line - b.line || a.column - b.column);
}

export function formatMarkdownProblems(path: string, problems: readonly MarkdownProblem[]): string {
  return problems.map((p) => `${path}:${p.line}:${p.column} ${p.message}`).join('\n');
}

export class MarkdownProblemsError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly MarkdownProblem[],
  ) {
    super(`${problems.length} problem(s) in ${path}:\n${formatMarkdownProblems(path, problems)}`);
    this.name = 'MarkdownProblemsError';
  }
}

/** Last remark plugin of the chain: fail once, listing every problem the others collected. */
export function remarkFailOnProblems() {
  return (_tree: Node, file: VFile) => {
    const problems = problemsOf(file);
    if (problems.length) throw new MarkdownProblemsError(displayPath(file.path), problems);
  };
}

/** A file path relative to the working directory, as editors see it. */
export function displayPath(path: string | undefined): string {
  if (!path) return '<markdown>';
  const cwd = process.cwd() + '/';
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
