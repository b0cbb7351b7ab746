import { describe, expect, it } from 'vitest';
import { hyperlinkTarget, parseOdsContent, readOds } from '../../scripts/import/lib/ods';
import { findTables, firstCellIs } from '../../scripts/import/lib/sheet-tables';
import { FIXTURE_FILES } from '../fixtures/ofsted/build-fixtures';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"';
const doc = (tables: string) =>
  `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;

describe('ODS reader', () => {
  const xml = doc(`
    <table:table table:name="A">
      <table:table-row>
        <table:table-cell office:value-type="string"><text:p>one<text:s text:c="2"/>two</text:p><text:p>second<text:tab/>para<text:line-break/>end</text:p></table:table-cell>
        <table:table-cell table:number-columns-repeated="2"/>
        <table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>rep</text:p></table:table-cell>
        <table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>merged</text:p></table:table-cell>
        <table:covered-table-cell/>
        <table:table-cell office:value-type="date" office:date-value="2014-07-18T00:00:00"><text:p>18/07/2014</text:p></table:table-cell>
        <table:table-cell table:number-columns-repeated="16370"/>
      </table:table-row>
      <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      <table:table-row>
        <table:table-cell office:value-type="string" office:string-value="Web" table:formula="of:=HYPERLINK(&quot;https://reports.ofsted.gov.uk/provider/44/309&quot;;&quot;Web&quot;)"><text:p>Web</text:p></table:table-cell>
        <table:table-cell office:value-type="string"><text:p><text:a xlink:href="https://example.org/x">link <text:span>text</text:span></text:a></text:p><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>
        <table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell>
      </table:table-row>
      <table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>
      <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
    </table:table>
    <table:table table:name="B"><table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row></table:table>`);

  it('reads text, repeats, covered cells, dates, links; skips trailing empty repeats', () => {
    const [a] = parseOdsContent(xml, ['A']);
    expect(a?.name).toBe('A');
    const rows = a?.rows ?? [];
    expect(rows.map((r) => r.row)).toEqual([1, 5, 6, 7]);
    const r1 = rows[0]!.cells;
    expect(r1.map((c) => c.text)).toEqual([
      'one  two\nsecond\tpara\nend',
      '',
      '',
      'rep',
      'rep',
      'merged',
      '',
      '18/07/2014',
    ]);
    expect(r1[7]).toMatchObject({ type: 'date', value: '2014-07-18T00:00:00' });
    const r5 = rows[1]!.cells;
    expect(r5[0]).toMatchObject({ text: 'Web', href: 'https://reports.ofsted.gov.uk/provider/44/309' });
    expect(r5[1]).toMatchObject({ text: 'link text', href: 'https://example.org/x' });
    expect(r5[2]).toMatchObject({ type: 'float', value: '42' });
    expect(rows[2]!.cells[0]!.text).toBe('x');
    expect(rows[3]!.cells[0]!.text).toBe('x');
  });

  it('reads only the sheets asked for', () => {
    expect(parseOdsContent(xml).map((s) => s.name)).toEqual(['A', 'B']);
    expect(parseOdsContent(xml, ['B']).map((s) => s.name)).toEqual(['B']);
  });

  it('takes the target of a HYPERLINK formula, with doubled quotes', () => {
    expect(hyperlinkTarget('of:=HYPERLINK("https://a.b/c?q=""x""";"label")')).toBe('https://a.b/c?q="x"');
    expect(hyperlinkTarget('of:=SUM([.A1:.A3])')).toBeNull();
  });

  it('finds both tables of the 2023 sheet below title rows and a blank separator', () => {
    const [sheet] = readOds(FIXTURE_FILES.history2023, ['LA_inspections_2009-2023']);
    const tables = findTables(sheet!, firstCellIs('Web link'));
    expect(tables.map((t) => [t.headerRow, t.rows.length, t.rows[0]?.cells[1]?.text])).toEqual([
      [5, 5, 'Bournemouth, Christchurch and Poole'],
      [14, 3, 'Bournemouth'],
    ]);
    expect(tables[1]?.title).toMatch(/^Table 11:History of inspections/);
    expect(tables[0]?.headers[18]).toBe('First SIF Overall Judgement (OE)');
  });
});
