/**
 * Reading files that editors and pull requests control (stories, data files, images) without
 * ever leaving their folder: the path must stay inside its folder, no part of it may be a
 * symbolic link, and the file must be an ordinary file within a size limit. A refusal says where
 * and what, never what the file contains, so a link to /proc/self/environ cannot print secrets.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatBytes } from './limits';

interface Refusal {
  line: number;
  column: number;
  message: string;
}

type ReadResult = { kind: 'ok'; bytes: Buffer } | { kind: 'missing' } | { kind: 'refused'; refusal: Refusal };

const at1 = (message: string): Refusal => ({ line: 1, column: 1, message });

/** Whether `path` is `root` or inside it, after resolving `.` and `..` (not links). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** Why an existing file system entry is not an ordinary file, in words. */
function kindOf(st: {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'a device or other special file';
}

/**
 * Read `relPath` below `root` as bytes, refusing anything that is not an ordinary file reached
 * without links. `what` names the kind of file in messages ("story", "data file", "image").
 */
export function readContained(root: string, relPath: string, maxBytes: number, what: string): ReadResult {
  const full = resolve(root, relPath);
  if (!isInside(root, full))
    return {
      kind: 'refused',
      refusal: at1(
        `the ${what} is outside its folder; expected a file inside ${relative(process.cwd(), root) || '.'}/`,
      ),
    };
  // Every folder between root and the file must be a real folder, not a link.
  const parts = relative(resolve(root), full).split(sep);
  let cur = resolve(root);
  for (const part of parts.slice(0, -1)) {
    cur = resolve(cur, part);
    let st;
    try {
      st = lstatSync(cur);
    } catch {
      return { kind: 'missing' };
    }
    if (st.isSymbolicLink())
      return {
        kind: 'refused',
        refusal: at1(
          `the folder "${part}" on the way to this ${what} is a symbolic link; links are not followed: put the ${what} itself in the folder`,
        ),
      };
    if (!st.isDirectory()) return { kind: 'missing' };
  }
  let fd: number;
  try {
    // O_NOFOLLOW: a link is refused, not followed. O_NONBLOCK: a named pipe cannot hang the check.
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP')
      return {
        kind: 'refused',
        refusal: at1(
          `the ${what} is a symbolic link; links are not followed: replace it with the file itself`,
        ),
      };
    return { kind: 'refused', refusal: at1(`the ${what} could not be opened (${code ?? 'error'})`) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return { kind: 'refused', refusal: at1(`the ${what} is ${kindOf(st)}, not an ordinary file`) };
    if (st.size > maxBytes)
      return {
        kind: 'refused',
        refusal: at1(`the ${what} is ${formatBytes(st.size)}; the limit is ${formatBytes(maxBytes)}`),
      };
    // Read at most maxBytes + 1 whatever the size says (files in /proc report 0).
    const buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(st.size, 64 * 1024) + 1));
    let n = 0;
    let buffer = buf;
    for (;;) {
      if (n === buffer.length) {
        if (buffer.length > maxBytes) break;
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const got = readSync(fd, buffer, n, buffer.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes)
      return {
        kind: 'refused',
        refusal: at1(`the ${what} is larger than the limit of ${formatBytes(maxBytes)}`),
      };
    return { kind: 'ok', bytes: buffer.subarray(0, n) };
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where (line, column) the byte at `offset` is, counting lines by \n. */
function position(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** Decode bytes as UTF-8 text, refusing binary files (NUL bytes) and invalid UTF-8, with where. */
function decodeText(bytes: Buffer, what: string): { text: string } | { refusal: Refusal } {
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return {
      refusal: { ...position(bytes, nul), message: `the ${what} holds a NUL byte: it is not a text file` },
    };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Find the first invalid sequence for the position.
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    return {
      refusal: { ...position(bytes, lo), message: `the ${what} is not valid UTF-8 text; save it as UTF-8` },
    };
  }
}

/** Read a text file below `root` (see readContained), decoded as UTF-8. */
export function readContainedText(
  root: string,
  relPath: string,
  maxBytes: number,
  what: string,
): { kind: 'ok'; text: string } | { kind: 'missing' } | { kind: 'refused'; refusal: Refusal } {
  const r = readContained(root, relPath, maxBytes, what);
  if (r.kind !== 'ok') return r;
  const d = decodeText(r.bytes, what);
  return 'text' in d ? { kind: 'ok', text: d.text } : { kind: 'refused', refusal: d.refusal };
}
