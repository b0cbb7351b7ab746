/**
 * The one reader of story frontmatter, used by `npm run check`, the content loader of the build,
 * the draft list and the scripts. Frontmatter is YAML only, read with js-yaml's JSON schema:
 * no language tag after the opening `---` (gray-matter would run `---js` as code), no YAML tags
 * (`!!js/function`), no anchors or aliases (an alias bomb expands to gigabytes), nesting capped.
 * Nothing in a story is ever evaluated. It is also the one writer of frontmatter that scripts
 * generate (writeFrontmatter): plain `---`, JSON-quoted values, read back before it is returned.
 * No module but this one reads frontmatter; gray-matter is imported nowhere in src/ or scripts/
 * (tests/lint/frontmatter-imports.test.ts).
 */
import yaml from 'js-yaml';
import { LIMITS } from './limits';
import { escapeText } from './text-safety';

interface FrontmatterProblem {
  line: number;
  column: number;
  message: string;
}

interface SplitStory {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** File line (1-based) of the first YAML line. */
  yamlLine: number;
  /** The body, with the frontmatter replaced by empty lines so that line numbers match the file. */
  body: string;
  /** The text after the closing `---` line, as it is in the file. */
  content: string;
}

const FENCE = /^---[ \t]*\r?$/;

/** Split a story into its frontmatter and body, refusing anything but a plain `---` block. */
function splitFrontmatter(text: string): { ok: SplitStory } | { problem: FrontmatterProblem } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = src.split('\n');
  const first = lines[0] ?? '';
  if (!first.startsWith('---'))
    return {
      problem: {
        line: 1,
        column: 1,
        message:
          'missing frontmatter; expected the file to start with a line of just --- (npm run new:story creates one)',
      },
    };
  if (!FENCE.test(first))
    return {
      problem: {
        line: 1,
        column: 4,
        message: `the frontmatter must open with a line of just --- (found ${escapeText(first.replace(/\r$/, ''), 30)}); frontmatter is YAML only, and no other language (js, json, coffee...) is accepted or run`,
      },
    };
  let close = -1;
  for (let i = 1; i < lines.length; i++)
    if (FENCE.test(lines[i] ?? '')) {
      close = i;
      break;
    }
  if (close < 0)
    return {
      problem: {
        line: 1,
        column: 1,
        message:
          'the frontmatter opened on line 1 is never closed; add a line of just --- after the last field',
      },
    };
  return {
    ok: {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n'),
      content: lines.slice(close + 1).join('\n'),
    },
  };
}

class AnchorError extends Error {
  constructor(readonly anchor: string) {
    super('anchor');
  }
}

/** What js-yaml's reason means, in an editor's words. */
function plainReason(reason: string): string {
  if (/^unknown tag/.test(reason))
    return 'YAML tags (such as !!js/function or !!binary) are not allowed; write plain text, numbers, true/false, lists and dates';
  if (/unidentified alias/.test(reason))
    return 'YAML aliases (*name) are not allowed in frontmatter; write each value out in full';
  if (/maxDepth/.test(reason))
    return `the frontmatter is nested more than ${LIMITS.frontmatterDepth} levels deep; expected fields, lists and the sources' fields only`;
  return `frontmatter is not valid YAML: ${reason}`;
}

/**
 * Parse frontmatter YAML safely. `firstLine` is the file line of the YAML's first line, for
 * messages. Returns the fields, or one problem with where and what (never the file's contents
 * beyond the offending token).
 */
function parseFrontmatterYaml(
  text: string,
  firstLine = 2,
): { data: Record<string, unknown> } | { problem: FrontmatterProblem } {
  let value: unknown;
  try {
    value = yaml.load(text, {
      schema: yaml.JSON_SCHEMA,
      maxDepth: LIMITS.frontmatterDepth,
      // Refuse anchors (&name) as soon as one is read, before any alias can refer to it.
      listener(event, state) {
        const anchor = (state as unknown as { anchor: string | null }).anchor;
        if (event === 'close' && anchor !== null) throw new AnchorError(anchor);
      },
    } as yaml.LoadOptions);
  } catch (e) {
    if (e instanceof AnchorError) {
      const lines = text.split('\n');
      const i = Math.max(
        0,
        lines.findIndex((l) => l.includes('&' + e.anchor)),
      );
      const column = (lines[i] ?? '').indexOf('&' + e.anchor) + 1;
      return {
        problem: {
          line: firstLine + i,
          column: Math.max(1, column),
          message:
            'YAML anchors and aliases (&name, *name) are not allowed in frontmatter; write each value out in full',
        },
      };
    }
    if (e instanceof yaml.YAMLException) {
      const mark = (e as { mark?: { line?: number; column?: number } }).mark;
      return {
        problem: {
          line: firstLine + (mark?.line ?? 0),
          column: (mark?.column ?? 0) + 1,
          message: plainReason(e.reason),
        },
      };
    }
    throw e;
  }
  if (value === null || value === undefined) return { data: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    return {
      problem: {
        line: firstLine,
        column: 1,
        message: 'the frontmatter must be a list of fields, one "name: value" per line',
      },
    };
  return { data: value as Record<string, unknown> };
}

/** Frontmatter and body of a story, or the first problem that stops it being read. */
export function readFrontmatter(
  text: string,
): { data: Record<string, unknown>; split: SplitStory } | { problem: FrontmatterProblem } {
  const s = splitFrontmatter(text);
  if ('problem' in s) return s;
  const p = parseFrontmatterYaml(s.ok.yaml, s.ok.yamlLine);
  if ('problem' in p) return p;
  return { data: p.data, split: s.ok };
}

/** Whether a story is a draft (`draft: true`); unreadable frontmatter counts as not a draft. */
export function isDraftText(text: string): boolean {
  const r = readFrontmatter(text);
  return 'data' in r && r.data['draft'] === true;
}

/** A YAML value in flow style: strings as JSON strings, yyyy-mm-dd dates bare, lists in [ ]. */
function yamlValue(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${yamlKey(k)}: ${yamlValue(x)}`)
    .join(', ')}}`;
}

/** A field name: bare when it is a plain word, else a JSON string. */
function yamlKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : JSON.stringify(k);
}

/**
 * A story's text from its fields and body: a plain `---` fence (never a language tag), one
 * `name: value` line per field, every string JSON-quoted, so that no value can close the
 * frontmatter, add a tag or run as code. The result is read back by readFrontmatter; a field
 * it cannot read is an error here, not a file that fails later.
 */
export function writeFrontmatter(fields: Record<string, unknown>, body: string): string {
  const front = Object.entries(fields)
    .map(([k, v]) => `${yamlKey(k)}: ${yamlValue(v)}`)
    .join('\n');
  const text = `---\n${front}\n---\n${body}`;
  const back = readFrontmatter(text);
  if ('problem' in back)
    throw new Error(
      `the frontmatter written cannot be read back: ${back.problem.line}:${back.problem.column} ${back.problem.message}`,
    );
  return text;
}
