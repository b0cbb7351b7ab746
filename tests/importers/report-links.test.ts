/**
 * Report PDFs: the community scrape gives the address of each council's latest report. Where an
 * official Ofsted row covers that inspection (same council, same publication or start date), the
 * row keeps its grades and source and takes the scrape's link as its `report_url`; rows with no
 * known PDF keep the council's Ofsted page. A second scrape row for one inspection, or a link that
 * is not a report PDF, stops the import.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../scripts/import/lib/csv-out';
import { importOfsted } from '../../scripts/import/ofsted';
import { COMMUNITY_CSV, COMMUNITY_DATE, FIXTURE_FILES } from '../fixtures/ofsted/build-fixtures';
import { expectRows, importFailure } from '../helpers/import-runs';

function inspectionsWith(community: string) {
  const r = importOfsted(
    community === COMMUNITY_CSV ? FIXTURE_FILES : { ...FIXTURE_FILES, community: write(community) },
    { communityDate: COMMUNITY_DATE },
  );
  const out = r.outputs.find((o) => o.file === 'inspections.csv');
  return { rows: out ? csvParse(toCsv(out.columns, out.rows)) : [], sources: r.sources };
}
function write(text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'report-links-')), 'community.csv');
  writeFileSync(p, text);
  return p;
}

describe('report links from the community scrape', () => {
  const { rows, sources } = inspectionsWith(COMMUNITY_CSV);
  const byId = new Map(rows.map((r) => [r['id'], r]));

  it('puts the PDF on the official row of the same council and publication date, keeping its source', () => {
    expectRows(byId, {
      'havering-2024-02-16-ilacs-standard': {
        overall: 'inadequate',
        report_url: 'https://files.ofsted.gov.uk/v1/file/50240000',
        source: 'ofsted-la-outcomes-2025',
      },
      'bournemouth-christchurch-and-poole-2025-01-29-ilacs-standard': {
        report_url: 'https://files.ofsted.gov.uk/v1/file/50260000',
        source: 'ofsted-la-outcomes-2025',
      },
    });
    // The official row is still the only row for it, and cites no report source of its own.
    expect(rows.filter((r) => r['authority'] === 'havering' && r['published'] === '2024-02-16')).toHaveLength(
      1,
    );
    expect(sources.map((s) => s['id'])).not.toContain('ofsted-report-50240000');
  });

  it('leaves other inspections on the council’s Ofsted page', () => {
    expect(byId.get('havering-2018-07-23-ilacs-standard')?.['report_url']).toBe(
      'https://reports.ofsted.gov.uk/provider/44/311',
    );
    const pdfs = rows.filter((r) => r['report_url']?.startsWith('https://files.ofsted.gov.uk/'));
    expect(pdfs.map((r) => r['id']).sort()).toEqual([
      'bournemouth-christchurch-and-poole-2025-01-29-ilacs-standard',
      'haringey-2026-02-24-ilacs-short',
      'havering-2024-02-16-ilacs-standard',
    ]);
  });

  it('matches by start date when the publication dates differ', () => {
    const moved = COMMUNITY_CSV.replace('11/12/2023,15/12/2023,16/02/24', '11/12/2023,15/12/2023,19/02/24');
    const r = inspectionsWith(moved);
    expect(r.rows.find((x) => x['id'] === 'havering-2024-02-16-ilacs-standard')?.['report_url']).toBe(
      'https://files.ofsted.gov.uk/v1/file/50240000',
    );
  });

  it('stops on a second scrape row for one inspection, and on a link that is not a report PDF', () => {
    const havering = COMMUNITY_CSV.split('\n').find((l) => l.startsWith('80500,'))!;
    const twice = COMMUNITY_CSV + havering.replace('50240000', '50240001') + '\n';
    expect(importFailure(() => inspectionsWith(twice))).toContain(
      'community.csv row 5: a second community row for the inspection at',
    );
    const badLink = COMMUNITY_CSV.replace(
      'https://files.ofsted.gov.uk/v1/file/50240000',
      'https://example.org/report.pdf',
    );
    expect(importFailure(() => inspectionsWith(badLink))).toContain(
      '"https://example.org/report.pdf": expected a report link https://files.ofsted.gov.uk/v1/file/<number>',
    );
  });
});
