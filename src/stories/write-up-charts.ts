/**
 * A write-up is about one inspection of one council, so each chart in it is that council's (or a
 * chart of every council, such as the national grid): a chart of another council, named by its
 * `authority`, or an inspection of another council, named by `inspection` or `highlight`, is
 * refused, with what to write instead. Comparisons with other councils belong in a story.
 */
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Dataset } from '../data/types';
import { inspectionByPageId } from '../data/inspection-pages';

export interface ChartCouncilProblem {
  line: number;
  column: number;
  message: string;
}

/** Charts in a write-up's body (frontmatter blanked) that show a council other than `council`. */
export function otherCouncilCharts(body: string, council: string, data: Dataset): ChartCouncilProblem[] {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body);
  const out: ChartCouncilProblem[] = [];
  visit(tree, 'leafDirective', (node) => {
    if (node.name !== 'chart') return;
    const a = node.attributes ?? {};
    const councils = new Set<string>();
    if (a['authority']) councils.add(a['authority']);
    for (const key of ['inspection', 'highlight']) {
      const id = a[key];
      const i = id ? inspectionByPageId(data, id) : undefined;
      if (i) councils.add(i.authority);
    }
    for (const other of councils) {
      if (other === council) continue;
      const p = node.position?.start;
      out.push({
        line: p?.line ?? 1,
        column: p?.column ?? 1,
        message: `a chart of another council ("${other}") in a write-up of ${council}'s inspection; use authority="${council}" or a chart of every council, and compare councils in a story (docs/editing.md, section 9a)`,
      });
    }
  });
  return out;
}
