/**
 * Report links as council pages show them (src/data/report-link.ts, used by InspectionsTable and
 * the latest-inspection block): the PDF wherever the data holds its address, labelled with its
 * date; else Ofsted's page for the council. Council pages link at least 140 distinct report PDFs,
 * and every current council's latest report is one of them.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { summaryOf } from '../../src/data/queries';
import { reportLink } from '../../src/data/report-link';
import { fixtureDataset } from '../helpers/dataset-fixture';

describe('report links', () => {
  it('say where they go', () => {
    const d = fixtureDataset();
    const havering = d.inspections.find((i) => i.id === 'havering-2024-02-16-ilacs-standard')!;
    expect(reportLink(d, havering)).toEqual({
      href: 'https://reports.ofsted.gov.uk/provider/44/311',
      kind: 'ofsted-page',
      text: 'Ofsted’s page for Havering',
    });
    const pdf = { ...havering, reportUrl: 'https://files.ofsted.gov.uk/v1/file/50239788' };
    expect(reportLink(d, pdf).text).toBe('Report (PDF), 16 February 2024');
    expect(reportLink(d, { ...pdf, published: null }).text).toBe('Report (PDF)');
    const jar = d.inspections.find((i) => i.id === 'haringey-2008-12-01-jar')!;
    expect(reportLink(d, jar)).toEqual({
      href: 'https://webarchive.nationalarchives.gov.uk/x',
      kind: 'other',
      text: 'Page on webarchive.nationalarchives.gov.uk',
    });
  });

  it('council pages link at least 140 distinct report PDFs, the latest report of every current council', () => {
    const data = loadDataset();
    const pdfs = new Set<string>();
    for (const slug of data.authorities.keys())
      for (const i of summaryOf(data, slug).inspections) {
        const l = reportLink(data, i);
        if (l.kind === 'pdf') pdfs.add(l.href);
      }
    expect(pdfs.size).toBeGreaterThanOrEqual(140);
    for (const a of data.authorities.values()) {
      if (!a.current) continue;
      const latest = summaryOf(data, a.slug).latest;
      expect(latest && reportLink(data, latest).kind, a.slug).toBe('pdf');
    }
  });
});
