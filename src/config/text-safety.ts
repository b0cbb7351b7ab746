/**
 * Characters that have no place in a story or a data file: control characters, bidirectional
 * controls (which can make "gpj.exe" display as "exe.jpg"), invisible characters, and unpaired
 * surrogates (broken UTF-16). Used by the story check, the frontmatter reader and the data
 * loader; messages show the bad value escaped, never raw.
 */

type UnsafeKind = 'control' | 'bidi' | 'invisible' | 'surrogate';

interface UnsafeChar {
  /** Index in the string (UTF-16 code units). */
  index: number;
  code: number;
  kind: UnsafeKind;
}

const NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'line break',
  0x0d: 'carriage return',
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

function isBidi(c: number): boolean {
  return (
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

function isInvisible(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x034f ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200d) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0x3164 ||
    c === 0xfeff ||
    c === 0xffa0 ||
    (c >= 0xe0000 && c <= 0xe007f) // tag characters: invisible ASCII look-alikes
  );
}

interface UnsafeOptions {
  /** Allow line breaks (\n, and \r before \n). */
  newlines?: boolean;
  /** Allow tabs. */
  tabs?: boolean;
  /** Allow zero-width joiners (emoji sequences in prose). */
  joiners?: boolean;
}

/** Every unsafe character in `s`, in order. */
export function findUnsafeChars(s: string, o: UnsafeOptions = {}): UnsafeChar[] {
  const out: UnsafeChar[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        if (isInvisible(cp)) out.push({ index: i, code: cp, kind: 'invisible' });
        i++;
      } else out.push({ index: i, code: c, kind: 'surrogate' });
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out.push({ index: i, code: c, kind: 'surrogate' });
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if (c === 0x0a && o.newlines) continue;
      if (c === 0x0d && o.newlines && s.charCodeAt(i + 1) === 0x0a) continue;
      if (c === 0x09 && o.tabs) continue;
      out.push({ index: i, code: c, kind: 'control' });
    } else if (isBidi(c)) out.push({ index: i, code: c, kind: 'bidi' });
    else if (isInvisible(c)) {
      if (o.joiners && (c === 0x200c || c === 0x200d)) continue;
      out.push({ index: i, code: c, kind: 'invisible' });
    }
  }
  return out;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** "U+202E (right-to-left override, a bidirectional control)". */
export function describeUnsafe(u: UnsafeChar): string {
  const name = NAMES[u.code];
  const kind = {
    control: 'a control character',
    bidi: 'a bidirectional control that can make text display in a different order',
    invisible: 'an invisible character',
    surrogate: 'half of a character: broken Unicode',
  }[u.kind];
  return `U+${hex(u.code)} (${name ? `${name}, ` : ''}${kind})`;
}

/**
 * A value for an error message: quoted, with quotes, backslashes and every unsafe or
 * non-printing character escaped, cut to `max` characters. Never prints a raw control character.
 */
export function escapeText(s: string, max = 80): string {
  let out = '';
  let shown = 0;
  let i = 0;
  for (; i < s.length && shown < max; i++, shown++) {
    const c = s.charCodeAt(i);
    const ch = s[i] ?? '';
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = (c - 0xd800) * 0x400 + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      out += isInvisible(cp) ? `\\u{${hex(cp)}}` : ch + (s[i + 1] ?? '');
      i++;
    } else if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      isBidi(c) ||
      isInvisible(c) ||
      c === 0x2028 ||
      c === 0x2029
    )
      out += `\\u${hex(c)}`;
    else out += ch;
  }
  return `"${out}${i < s.length ? '…' : ''}"`;
}

/**
 * `s` with every unsafe character (see findUnsafeChars; line breaks and tabs included) replaced
 * by its \uXXXX escape, everything else untouched: for whole messages, so that no error ever
 * prints a raw control or bidirectional character.
 */
export function escapeUnsafe(s: string): string {
  const bad = findUnsafeChars(s);
  if (!bad.length) return s;
  let out = '';
  let from = 0;
  for (const u of bad) {
    out += s.slice(from, u.index) + (u.code > 0xffff ? `\\u{${hex(u.code)}}` : `\\u${hex(u.code)}`);
    from = u.index + (u.code > 0xffff ? 2 : 1);
  }
  return out + s.slice(from);
}

/** `s` without its bidirectional controls and invisible characters (for comparing text as read). */
export function stripInvisible(s: string): string {
  let out = '';
  let from = 0;
  for (const u of findUnsafeChars(s, { newlines: true, tabs: true })) {
    if (u.kind !== 'bidi' && u.kind !== 'invisible') continue;
    out += s.slice(from, u.index);
    from = u.index + (u.code > 0xffff ? 2 : 1);
  }
  return out + s.slice(from);
}
