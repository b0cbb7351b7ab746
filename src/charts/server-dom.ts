/**
 * A server-side DOM for Observable Plot's `document` option, so charts render to SVG at build
 * time without a browser. One linkedom document is shared: Plot only creates detached elements
 * with it, and never attaches them to the document, so sharing it keeps renders independent.
 */
import { parseHTML } from 'linkedom';

let shared: Document | undefined;

/** The shared linkedom `Document` (created on first use). */
export function serverDocument(): Document {
  shared ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  return shared;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';
