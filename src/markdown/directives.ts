/**
 * Shared by the directive plugins (remark-chart, remark-stat): which nodes are a given directive,
 * and the dataset option read only when a directive needs it.
 */
import type { Nodes } from 'mdast';
import type { Dataset } from '../data/types';

type Directive = Extract<Nodes, { type: 'textDirective' | 'leafDirective' | 'containerDirective' }>;

/** A directive named `name`, written with any number of colons (`:x`, `::x` or `:::x`). */
export function isDirectiveNamed(node: Nodes, name: string): node is Directive {
  return (
    (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') &&
    node.name === name
  );
}

/**
 * A directive's attributes as the plugins read them: own keys only (a record without a
 * prototype, so `constructor` or `toString` is an unknown attribute like any other), and the
 * problem of a `__proto__` attribute, which the Markdown parser drops without a word (so
 * `__proto__="x"` would otherwise pass): it is found in the directive's own text.
 */
export function directiveAttributes(
  node: Directive,
  source: string,
): { attrs: Record<string, string>; problems: string[] } {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(node.attributes ?? {})) attrs[k] = v ?? '';
  const start = node.position?.start.offset;
  const braces = start === undefined ? '' : (/^[^\n{]*(\{[^}]*\})/.exec(source.slice(start))?.[1] ?? '');
  const problems = /[{\s]__proto__(?=[\s=}])/.test(braces)
    ? [`attribute "__proto__" in :${node.name}: that name is reserved; remove it`]
    : [];
  return { attrs, problems };
}

/** A plugin's dataset option (the dataset, or a function returning it), called at most once, when first needed. */
export function lazyDataset(data: Dataset | (() => Dataset)): () => Dataset {
  let dataset: Dataset | undefined;
  return () => (dataset ??= typeof data === 'function' ? data() : data);
}
