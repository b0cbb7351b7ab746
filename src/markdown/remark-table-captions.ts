/**
 * Tables in stories get a caption and row headers. An editor writes the caption on the line
 * before the table, as `Table: What the table shows`; the first cell of each body row becomes
 * the row's header (`<th scope="row">`). A table without a caption line is a problem reported
 * with its line, like every other story problem. The caption paragraph is marked
 * `class="table-caption"`; the page layout moves it into the table's <caption>
 * (src/components/table-captions.ts), since Markdown has no caption of its own.
 */
import type { Paragraph, Root, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems';

const PREFIX = /^Table:\s*/;

function captionParagraph(node: unknown): node is Paragraph {
  const p = node as Paragraph | undefined;
  const first = p?.type === 'paragraph' ? p.children[0] : undefined;
  return first?.type === 'text' && PREFIX.test(first.value);
}

export function remarkTableCaptions() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'table', (table: Table, index, parent) => {
      const before = index !== undefined && parent ? parent.children[index - 1] : undefined;
      if (captionParagraph(before)) {
        const first = before.children[0];
        if (first?.type === 'text') first.value = first.value.replace(PREFIX, '');
        before.data = { ...before.data, hProperties: { className: ['table-caption'] } };
      } else {
        addProblem(
          file,
          table,
          'a table needs a caption: write "Table: what the table shows" on the line just before it',
        );
      }
      for (const [r, row] of table.children.entries()) {
        for (const [c, cell] of row.children.entries()) {
          if (r === 0) cell.data = { ...cell.data, hProperties: { scope: 'col' } };
          else if (c === 0) cell.data = { ...cell.data, hName: 'th', hProperties: { scope: 'row' } };
        }
      }
    });
  };
}
