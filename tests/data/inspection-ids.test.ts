import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseInspectionId, inspectionPageIds } from '../../src/data/inspection-ids';
import { loadDataset } from '../../src/data/load';
import type { Inspection } from '../../src/data/types';
import type { Framework } from '../../src/data/vocabulary';

function insp(
  authority: string,
  published: string,
  framework: Framework,
  id = `${authority}-${published}-${framework}`,
): Inspection {
  return {
    id,
    authority,
    framework,
    startDate: null,
    endDate: null,
    published,
    overall: null,
    scale: 'ungraded',
    judgements: {},
    theme: null,
    reportUrl: 'https://reports.ofsted.gov.uk/provider/44/311',
    source: 'x',
    note: null,
  };
}

const SAMPLE: Inspection[] = [
  insp('havering', '2018-07-23', 'ilacs-standard'),
  insp('havering', '2024-02-16', 'ilacs-standard'),
  insp('havering', '2024-07-05', 'monitoring-visit'),
  insp('havering', '2024-11-22', 'monitoring-visit'),
  insp('havering', '2024-03-01', 'monitoring-visit'),
  insp('haringey', '2014-07-18', 'sif'),
  insp('haringey', '2026-02-24', 'ilacs-short'),
];

describe('inspection page ids', () => {
  it('read as council, year and framework, ILACS standard as plain "ilacs"', () => {
    const ids = inspectionPageIds(SAMPLE);
    expect(ids.get('havering-2024-02-16-ilacs-standard')).toBe('havering-2024-ilacs');
    expect(ids.get('haringey-2014-07-18-sif')).toBe('haringey-2014-sif');
    expect(ids.get('haringey-2026-02-24-ilacs-short')).toBe('haringey-2026-ilacs-short');
  });

  it('add a suffix only when two of one framework fall in one council-year, in date order', () => {
    const ids = inspectionPageIds(SAMPLE);
    expect(ids.get('havering-2024-03-01-monitoring-visit')).toBe('havering-2024-monitoring-visit');
    expect(ids.get('havering-2024-07-05-monitoring-visit')).toBe('havering-2024-monitoring-visit-2');
    expect(ids.get('havering-2024-11-22-monitoring-visit')).toBe('havering-2024-monitoring-visit-3');
    expect(ids.get('havering-2018-07-23-ilacs-standard')).toBe('havering-2018-ilacs');
  });

  it('do not depend on the order of the rows', () => {
    const expected = [...inspectionPageIds(SAMPLE)].sort();
    fc.assert(
      fc.property(
        fc.shuffledSubarray(SAMPLE, { minLength: SAMPLE.length, maxLength: SAMPLE.length }),
        (rows) => {
          expect([...inspectionPageIds(rows)].sort()).toEqual(expected);
        },
      ),
    );
  });

  it('keep existing addresses when a later event of the same year is added', () => {
    const before = inspectionPageIds(SAMPLE);
    const after = inspectionPageIds([...SAMPLE, insp('havering', '2024-12-10', 'monitoring-visit')]);
    for (const [id, page] of before) expect(after.get(id)).toBe(page);
    expect(after.get('havering-2024-12-10-monitoring-visit')).toBe('havering-2024-monitoring-visit-4');
  });

  it('refuse to give two events one address', () => {
    // Only a framework code that itself ends in a suffix could collide; the guard must still hold.
    const odd = [
      insp('x', '2024-01-01', 'monitoring-visit'),
      insp('x', '2024-02-01', 'monitoring-visit'),
      insp('x', '2024-03-01', 'monitoring-visit-2' as Framework),
    ];
    expect(() => inspectionPageIds(odd)).toThrow(
      /would both have the page \/inspections\/x-2024-monitoring-visit-2\//,
    );
  });

  it('give every inspection and visit in the data its own address, a slug', () => {
    const data = loadDataset();
    const ids = inspectionPageIds(data.inspections);
    const pages = [...ids.values()];
    expect(ids.size).toBe(data.inspections.length);
    expect(new Set(pages).size).toBe(pages.length);
    for (const p of pages) expect(p).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    // A suffix appears only where the base address is shared.
    const bases = new Map<string, number>();
    for (const i of data.inspections)
      bases.set(baseInspectionId(i), (bases.get(baseInspectionId(i)) ?? 0) + 1);
    for (const i of data.inspections) {
      const page = ids.get(i.id) ?? '';
      if ((bases.get(baseInspectionId(i)) ?? 0) === 1) expect(page).toBe(baseInspectionId(i));
      else expect(page.startsWith(baseInspectionId(i))).toBe(true);
    }
  });

  it('are stable for the inspections the stories and write-ups are about', () => {
    const ids = inspectionPageIds(loadDataset().inspections);
    expect(ids.get('havering-2024-02-16-ilacs-standard')).toBe('havering-2024-ilacs');
    expect(ids.get('haringey-2023-04-11-ilacs-standard')).toBe('haringey-2023-ilacs');
    expect(ids.get('haringey-2014-07-18-sif')).toBe('haringey-2014-sif');
    expect(ids.get('haringey-2010-02-23-progress-report')).toBe('haringey-2010-progress-report');
  });
});
