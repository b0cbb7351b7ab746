/**
 * A tiny static file server for the built site, used by the browser tests and the Lighthouse
 * audit. It behaves like a static host: `/x/` serves `x/index.html`, `/x` redirects to `/x/`
 * when `x` is a folder, a missing path gets the build's 404.html with status 404, text is
 * gzipped when the client accepts it, and the headers of the build's `_headers` file
 * (Netlify / Cloudflare Pages format) are applied, so every page is served under the site's
 * Content-Security-Policy. Several builds can be mounted at once (dist/ at `/`, dist-sub/ at
 * `/inspected/`); a mount's `_headers` paths are read relative to the mount.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

interface Mount {
  /** URL prefix with leading and trailing slash, e.g. `/` or `/inspected/`. */
  prefix: string;
  /** Folder holding the build. */
  dir: string;
}

export interface HeaderRule {
  pattern: string;
  regex: RegExp;
  /** Header names to drop from broader rules before this one (Cloudflare's `! Name`). */
  detach: string[];
  values: [name: string, value: string][];
}

/**
 * How overlapping rules combine. Cloudflare Pages joins the values of a header set by several
 * matching rules with ", " (after `! Name` detaches); Netlify lets the later rule win.
 */
export type HeaderSemantics = 'cloudflare' | 'netlify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index, fragments, metadata and compressed WebAssembly: opaque bytes.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function compressible(type: string): boolean {
  return /^text\/|javascript|json|xml|svg/.test(type);
}

function patternToRegExp(pattern: string): RegExp {
  // Absolute URL patterns (https://host/path) are matched on their path only.
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  let re = '';
  for (const part of path.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
    if (part === '*') re += '.*';
    else if (part.startsWith(':') && part.length > 1) re += '[^/]+';
    else re += part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Parse a `_headers` file. Throws on a header line that has no path before it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), regex: patternToRegExp(line.trim()), detach: [], values: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: header before any path`);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.detach.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(':');
    if (colon <= 0)
      throw new Error(`_headers line ${i + 1}: expected "Name: value", got ${JSON.stringify(body)}`);
    rule.values.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

/** The headers that `path` (relative to its mount, starting with `/`) is served with. */
export function headersFor(
  rules: HeaderRule[],
  path: string,
  semantics: HeaderSemantics = 'cloudflare',
): Map<string, string> {
  const out = new Map<string, [string, string]>(); // lower-case name -> [name, value]
  for (const rule of rules) {
    if (!rule.regex.test(path)) continue;
    if (semantics === 'cloudflare') for (const name of rule.detach) out.delete(name);
    const seenHere = new Set<string>();
    for (const [name, value] of rule.values) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      // Within one rule, repeated names always join; across rules Netlify overrides.
      const join = prev !== undefined && (semantics === 'cloudflare' || seenHere.has(key));
      out.set(key, [name, join && prev ? `${prev[1]}, ${value}` : value]);
      seenHere.add(key);
    }
  }
  return new Map([...out.values()]);
}

interface LoadedMount extends Mount {
  root: string;
  rules: HeaderRule[];
}

function loadMount(m: Mount): LoadedMount {
  const root = resolve(m.dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  return { ...m, root, rules };
}

export interface StaticServer {
  server: Server;
  /** e.g. `http://127.0.0.1:43123` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  mounts: Mount[];
  host?: string;
  port?: number;
  semantics?: HeaderSemantics;
}

export async function serveStatic(opts: ServeOptions): Promise<StaticServer> {
  const semantics = opts.semantics ?? 'cloudflare';
  // Longest prefix first, so /inspected/ wins over /.
  const mounts = opts.mounts.map(loadMount).sort((a, b) => b.prefix.length - a.prefix.length);
  // The built files do not change while the server runs.
  const gzipped = new Map<string, Buffer>();

  function send(
    req: IncomingMessage,
    res: ServeResponse,
    status: number,
    file: string,
    extra: Map<string, string>,
  ) {
    let body: Buffer = readFileSync(file);
    const type = contentType(file);
    res.statusCode = status;
    for (const [name, value] of extra) res.setHeader(name, value);
    res.setHeader('Content-Type', type);
    // The build's _headers sets Cache-Control for every path; a mount without one revalidates.
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
    if (compressible(type)) {
      res.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // Each version of a file is compressed once: the per-page pass asks for every page twice.
        const key = `${file}\0${statSync(file).mtimeMs}\0${body.length}`;
        const raw = body;
        body = gzipped.get(key) ?? gzipSync(raw, { level: 6 });
        gzipped.set(key, body);
        res.setHeader('Content-Encoding', 'gzip');
      }
    }
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.statusCode = 400;
        res.end('bad request');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.statusCode = 405;
        res.end();
        return;
      }
      const mount = mounts.find((m) => pathname.startsWith(m.prefix) || pathname === m.prefix.slice(0, -1));
      if (!mount) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      if (pathname === mount.prefix.slice(0, -1)) {
        res.statusCode = 301;
        res.setHeader('Location', mount.prefix + url.search);
        res.end();
        return;
      }
      const rel = '/' + pathname.slice(mount.prefix.length);
      const headers = headersFor(mount.rules, rel, semantics);
      const target = normalize(join(mount.root, rel));
      const inside = target === mount.root || target.startsWith(mount.root + sep);
      let file: string | undefined;
      if (inside && !rel.split('/').includes('_headers')) {
        if (existsSync(target) && statSync(target).isDirectory()) {
          if (!rel.endsWith('/')) {
            res.statusCode = 301;
            res.setHeader('Location', pathname + '/' + url.search);
            res.end();
            return;
          }
          const index = join(target, 'index.html');
          if (existsSync(index)) file = index;
        } else if (existsSync(target) && statSync(target).isFile()) file = target;
      }
      if (file) {
        send(req, res, 200, file, headers);
        return;
      }
      const notFound = join(mount.root, '404.html');
      if (existsSync(notFound)) send(req, res, 404, notFound, headers);
      else {
        res.statusCode = 404;
        res.end('not found');
      }
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => ok());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://${address}:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

type ServeResponse = ServerResponse<IncomingMessage>;
