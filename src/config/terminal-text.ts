/**
 * Text printed to a terminal by the import, the refresh, the check and the build. A message may
 * quote a publisher's file or a story (a header, a cell, a slug), and those may hold control
 * bytes: an escape sequence that retitles the terminal, moves the cursor or clears the line, a
 * carriage return that prints over the error, a bell, a NUL. `terminalText` shows every such
 * character visibly escaped (`\x1b`, `\r`, `\x00`, `\u202e`), keeping only line breaks and tabs;
 * `listProblems` lists at most the first `LIMITS.problemsListed` problems and counts the rest.
 */
import { LIMITS } from './limits';

/**
 * C0 controls but tab and line feed, DEL, C1 controls, and the Unicode formatting characters
 * that reorder or hide text (bidirectional overrides and isolates, zero-width marks, the line
 * and paragraph separators, the byte-order mark).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\x1b': '\\x1b' };

function escape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` safe to print to a terminal: every control or hiding character shown as an escape. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * The first `limit` problems, then "... and N more" when there are more: a file with a million
 * bad rows prints a screenful, not hundreds of megabytes.
 */
export function listProblems(problems: readonly string[], limit: number = LIMITS.problemsListed): string[] {
  if (problems.length <= limit) return [...problems];
  const more = problems.length - limit;
  return [
    ...problems.slice(0, limit),
    `... and ${more} more problem${more === 1 ? '' : 's'} (${problems.length} in all; the first ${limit} are listed)`,
  ];
}
