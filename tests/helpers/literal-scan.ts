/**
 * Finds the text a source file writes out literally: string literals and template-literal text in
 * TypeScript and JavaScript, and in Astro files also the markup's text and attribute values.
 * Comments (`//`, `/* *\/`, `<!-- -->`) and code are skipped, so prose in a comment is never
 * reported. Used by tests/data/vocabulary-literals.test.ts to find grade labels and framework
 * names written outside src/data/vocabulary.ts.
 */
import { VOID_ELEMENTS } from '../../src/config/html-void-elements';

export interface Literal {
  /** 1-based line of the literal's first character. */
  line: number;
  text: string;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'case',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'instanceof',
  'else',
  'yield',
  'await',
]);

class Scanner {
  i = 0;
  line = 1;
  readonly out: Literal[] = [];
  constructor(
    readonly src: string,
    readonly jsx: boolean,
  ) {}

  private advance(n = 1): void {
    for (let k = 0; k < n && this.i < this.src.length; k++) {
      if (this.src[this.i] === '\n') this.line++;
      this.i++;
    }
  }

  private at(s: string): boolean {
    return this.src.startsWith(s, this.i);
  }

  private skipUntil(end: string): void {
    while (this.i < this.src.length && !this.at(end)) this.advance();
    this.advance(end.length);
  }

  /** The next character of a string or template (an escaped one without its backslash), stepping past it. */
  private literalChar(): string {
    if (this.src[this.i] === '\\') {
      const ch = this.src[this.i + 1] ?? '';
      this.advance(2);
      return ch;
    }
    const ch = this.src[this.i] ?? '';
    this.advance();
    return ch;
  }

  private quoted(q: string): void {
    const line = this.line;
    this.advance();
    let text = '';
    while (this.i < this.src.length && this.src[this.i] !== q && this.src[this.i] !== '\n')
      text += this.literalChar();
    this.advance();
    this.out.push({ line, text });
  }

  private template(): void {
    this.advance(); // `
    let line = this.line;
    let text = '';
    while (this.i < this.src.length && this.src[this.i] !== '`') {
      if (this.at('${')) {
        this.out.push({ line, text });
        this.advance(2);
        this.code(true);
        line = this.line;
        text = '';
      } else text += this.literalChar();
    }
    this.advance();
    this.out.push({ line, text });
  }

  private regex(): void {
    this.advance();
    let inClass = false;
    while (this.i < this.src.length && this.src[this.i] !== '\n') {
      const ch = this.src[this.i];
      if (ch === '\\') this.advance(2);
      else {
        this.advance();
        if (ch === '[') inClass = true;
        else if (ch === ']') inClass = false;
        else if (ch === '/' && !inClass) break;
      }
    }
    while (/[a-z]/.test(this.src[this.i] ?? '')) this.advance();
  }

  /**
   * Code until the end of the source, or (when `closing`) until the `}` that closes the
   * expression the caller opened.
   */
  code(closing: boolean): void {
    let depth = 0;
    /** Whether the last token lets an expression start here (so `/` is a regex, `<` a tag). */
    let exprStart = true;
    while (this.i < this.src.length) {
      const ch = this.src[this.i] as string;
      if (this.at('//')) {
        this.skipUntil('\n');
        continue;
      }
      if (this.at('/*')) {
        this.skipUntil('*/');
        continue;
      }
      if (ch === "'" || ch === '"') {
        this.quoted(ch);
        exprStart = false;
        continue;
      }
      if (ch === '`') {
        this.template();
        exprStart = false;
        continue;
      }
      if (ch === '/' && exprStart) {
        this.regex();
        exprStart = false;
        continue;
      }
      if (ch === '<' && exprStart && this.jsx && /[A-Za-z>]/.test(this.src[this.i + 1] ?? '')) {
        this.element();
        exprStart = false;
        continue;
      }
      if (/[A-Za-z_$0-9]/.test(ch)) {
        let word = '';
        while (/[A-Za-z_$0-9]/.test(this.src[this.i] ?? '')) {
          word += this.src[this.i];
          this.advance();
        }
        exprStart = KEYWORDS_BEFORE_EXPRESSION.has(word);
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}') {
        if (closing && depth === 0) {
          this.advance();
          return;
        }
        depth--;
      }
      this.advance();
      if (/\s/.test(ch)) continue;
      exprStart = ch !== ')' && ch !== ']' && ch !== '}';
    }
  }

  /** Markup text until the end of the source (an Astro template) or the end of one element. */
  markup(single: boolean): void {
    let depth = 0;
    let line = this.line;
    let text = '';
    const flush = () => {
      if (text.trim() !== '') this.out.push({ line, text: text.replace(/\s+/g, ' ').trim() });
      text = '';
    };
    while (this.i < this.src.length) {
      if (this.at('<!--')) {
        flush();
        this.skipUntil('-->');
        line = this.line;
        continue;
      }
      if (this.at('{')) {
        flush();
        this.advance();
        this.code(true);
        line = this.line;
        continue;
      }
      if (this.at('<') && /[A-Za-z/>]/.test(this.src[this.i + 1] ?? '')) {
        flush();
        const change = this.tag();
        depth += change;
        line = this.line;
        if (single && depth <= 0) return;
        continue;
      }
      if (text === '') line = this.line;
      text += this.src[this.i];
      this.advance();
    }
    flush();
  }

  private element(): void {
    this.markup(true);
  }

  /** One tag; returns +1 for an opening tag, -1 for a closing one, 0 for a self-closing or void one. */
  private tag(): number {
    this.advance(); // <
    const closing = this.at('/');
    if (closing) this.advance();
    let name = '';
    while (/[A-Za-z0-9.:-]/.test(this.src[this.i] ?? '')) {
      name += this.src[this.i];
      this.advance();
    }
    while (this.i < this.src.length) {
      const ch = this.src[this.i] as string;
      if (ch === '"' || ch === "'") this.quoted(ch);
      else if (ch === '{') {
        this.advance();
        this.code(true);
      } else if (this.at('/>')) {
        this.advance(2);
        return 0;
      } else if (ch === '>') {
        this.advance();
        if (closing) return -1;
        const lower = name.toLowerCase();
        if (lower === 'script' || lower === 'style') {
          const end = `</${lower}>`;
          const start = this.i;
          while (this.i < this.src.length && !this.src.startsWith(end, this.i)) this.advance();
          if (lower === 'script') {
            const inner = new Scanner(this.src.slice(start, this.i), false);
            inner.code(false);
            const offset = this.src.slice(0, start).split('\n').length - 1;
            for (const l of inner.out) this.out.push({ line: l.line + offset, text: l.text });
          }
          this.advance(end.length);
          return 0;
        }
        if (name === '') return 1; // a fragment, <>
        return VOID_ELEMENTS.has(lower) ? 0 : 1;
      } else this.advance();
    }
    return 0;
  }
}

/** The literal text of a TypeScript or JavaScript source. */
export function codeLiterals(source: string): Literal[] {
  const s = new Scanner(source, false);
  s.code(false);
  return s.out;
}

/** The literal text of an Astro component: its frontmatter's literals and its markup's text. */
export function astroLiterals(source: string): Literal[] {
  const lines = source.split('\n');
  const close = lines[0]?.trim() === '---' ? lines.findIndex((l, n) => n > 0 && l.trim() === '---') : -1;
  const out: Literal[] = [];
  if (close > 0) {
    // Frontmatter: lines 2 .. close (1-based), code.
    for (const l of codeLiterals(lines.slice(1, close).join('\n')))
      out.push({ line: l.line + 1, text: l.text });
  }
  const offset = close > 0 ? close + 1 : 0;
  const s = new Scanner(lines.slice(offset).join('\n'), true);
  s.markup(false);
  for (const l of s.out) out.push({ line: l.line + offset, text: l.text });
  return out;
}

export interface TermHit {
  line: number;
  term: string;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Literals that contain a term as a whole word or phrase (case-sensitive: "Good" is a label,
 * "good" in a sentence is prose) or that are exactly one of `whole` (short codes such as "SIF",
 * which prose may mention but a label table would hold alone).
 */
export function findTerms(
  literals: readonly Literal[],
  terms: readonly string[],
  whole: readonly string[] = [],
): TermHit[] {
  const patterns = terms.map((t) => ({ t, re: new RegExp(`(?<![\\w-])${escape(t)}(?![\\w-])`) }));
  const hits: TermHit[] = [];
  for (const l of literals) {
    const exact = whole.find((w) => l.text.trim() === w);
    if (exact !== undefined) {
      hits.push({ line: l.line, term: exact, text: l.text });
      continue;
    }
    for (const { t, re } of patterns) {
      if (re.test(l.text)) {
        hits.push({ line: l.line, term: t, text: l.text });
        break;
      }
    }
  }
  return hits;
}
