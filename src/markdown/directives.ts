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

/** A plugin's dataset option (the dataset, or a function returning it), called at most once, when first needed. */
export function lazyDataset(data: Dataset | (() => Dataset)): () => Dataset {
  let dataset: Dataset | undefined;
  return () => (dataset ??= typeof data === 'function' ? data() : data);
}
