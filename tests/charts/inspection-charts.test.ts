import { describe, expect, it } from 'vitest';
import { allChartSpecs, chartProblems, chartSpecsOf, renderChart } from '../../src/charts/registry';
import type { Dataset, Inspection } from '../../src/data/types';
import { stripLanes } from '../../src/charts/trajectory';
import { fixtureDataset } from './fixtures';
import { checkSvgSnapshot } from './snapshot';

/** The fixture, with Havering's 2018 and 2024 sub-judgements as Ofsted published them. */
function withJudgements(): Dataset {
  const d = fixtureDataset();
  const judgements: Record<string, Inspection['judgements']> = {
    'havering-2018-07-23-ilacs-standard': {
      'help-and-protection': 'requires-improvement',
      leadership: 'good',
      'children-in-care-and-care-leavers': 'good',
    },
    'havering-2024-02-16-ilacs-standard': {
      'help-and-protection': 'inadequate',
      leadership: 'inadequate',
      'care-leavers': 'requires-improvement',
      'children-in-care': 'inadequate',
    },
  };
  return {
    ...d,
    inspections: d.inspections.map((i) => ({ ...i, judgements: judgements[i.id] ?? i.judgements })),
  };
}

const data = withJudgements();

describe('inspection-change chart', () => {
  const fig = renderChart(data, 'inspection-change', { inspection: 'havering-2024-ilacs' });

  it('snapshots (wide and narrow)', () => {
    expect(checkSvgSnapshot('inspection-change-havering-2024', fig.svgWide)).toBeNull();
    expect(checkSvgSnapshot('inspection-change-havering-2024-narrow', fig.svgNarrow)).toBeNull();
  });

  it('states the finding from the data', () => {
    expect(fig.title).toBe('Havering fell from good to inadequate overall, 2018 to 2024');
    expect(fig.alt).toBe(
      "Havering's overall grade fell from good in 2018 to inadequate in 2024. Of 2 other judgements made both times, 2 went down. Down: children who need help and protection (requires improvement to inadequate) and leadership (good to inadequate). 2 judgements were not made at the previous inspection.",
    );
  });

  it('its CSV is exactly the rows compared, in words', () => {
    expect(fig.csv).toBe(
      [
        'judgement,previous_grade,this_grade,change',
        'Overall effectiveness,good,inadequate,Down from good to inadequate',
        'Children who need help and protection,requires improvement,inadequate,Down from requires improvement to inadequate',
        'Care leavers,,requires improvement,Not judged at the previous inspection',
        'Leadership,good,inadequate,Down from good to inadequate',
        'Children in care and care leavers,good,,Not judged this time',
        'Children in care,,inadequate,Not judged at the previous inspection',
        '',
      ].join('\n'),
    );
  });

  it('draws an arrow for each judgement that moved, and a symbol for each grade given', () => {
    const svg = fig.svgWide;
    // Arrows: a shaft and a head in one path (overall, help and protection, leadership moved).
    expect((svg.match(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+M/g) ?? []).length).toBe(3);
    // Hollow symbols for the 4 grades of 2018, filled ones for the 5 of 2024.
    expect((svg.match(/<path stroke="var\(--grade-[a-z-]+\)" d=/g) ?? []).length).toBe(4);
    expect((svg.match(/<path stroke="var\(--grade-[a-z-]+\)" fill="var\(--grade-/g) ?? []).length).toBe(5);
  });

  it('notes a change of framework when the two differ', () => {
    const sif = renderChart(data, 'inspection-change', { inspection: 'havering-2018-ilacs' });
    expect(sif.notes.join(' ')).toMatch(
      /different frameworks \(Single inspection framework; ILACS standard inspection\)/,
    );
    expect(fig.notes.join(' ')).not.toMatch(/different frameworks/);
  });
});

describe('trajectory with an inspection ringed', () => {
  const plain = renderChart(data, 'trajectory', { authority: 'havering' });
  const ringed = renderChart(data, 'trajectory', { authority: 'havering', highlight: 'havering-2024-ilacs' });

  it('snapshot', () => {
    expect(checkSvgSnapshot('trajectory-havering-ringed', ringed.svgWide)).toBeNull();
  });

  it('adds one ring to the same drawing, and says so', () => {
    const circles = (s: string) => (s.match(/<circle /g) ?? []).length;
    expect(circles(ringed.svgWide) - circles(plain.svgWide)).toBe(1);
    expect(circles(ringed.svgNarrow) - circles(plain.svgNarrow)).toBe(1);
    expect(ringed.id).toBe('trajectory-at-havering-2024-ilacs');
    expect(ringed.alt).toBe(
      `${plain.alt} The ringed inspection is the ILACS standard inspection published 16 February 2024 (inadequate).`,
    );
    expect(ringed.subtitle).toMatch(/the inspection on this page is ringed$/);
  });

  it('marks the ringed row in its table and CSV, and leaves the council’s own chart alone', () => {
    const yes = ringed.table.rows.filter((r) => r['this_page'] === 'yes');
    expect(yes.map((r) => r['date'])).toEqual(['2024-02-16']);
    expect(ringed.csv.split('\n')[0]).toBe('date,event,judgement,grade,shown_on,this_page');
    expect(plain.csv.split('\n')[0]).toBe('date,event,judgement,grade,shown_on');
  });

  it('rings both judgements of a SLAC inspection, one ring where they share a grade', () => {
    const circles = (s: string) => (s.match(/<circle /g) ?? []).length;
    const plainHaringey = renderChart(data, 'trajectory', { authority: 'haringey' });
    const slac = renderChart(data, 'trajectory', { authority: 'haringey', highlight: 'haringey-2009-slac' });
    // Safeguarding adequate, looked after children good: two rows, a ring on each.
    expect(circles(slac.svgWide) - circles(plainHaringey.svgWide)).toBe(2);
    expect(slac.alt).toMatch(
      /The ringed inspection is the safeguarding and looked after children inspection \(SLAC\) published 23 October 2009 \(safeguarding adequate and looked after children good\)\.$/,
    );
  });

  it('rings a visit on the strip', () => {
    const visit = renderChart(data, 'trajectory', {
      authority: 'havering',
      highlight: 'havering-2024-monitoring-visit-2',
    });
    expect(visit.alt).toMatch(
      /The ringed inspection is the monitoring visit published 22 November 2024 \(not graded\)\.$/,
    );
  });
});

describe('chart options naming inspections', () => {
  it('explain an unknown inspection, one of another council, and one with nothing to compare', () => {
    expect(chartProblems(data, 'inspection-change', { inspection: 'havering-2024-ilac' })).toEqual([
      'unknown inspection "havering-2024-ilac" in option "inspection" of type "inspection-change"; expected an inspection page id, e.g. "havering-2024-ilacs" (the address /inspections/<id>/)',
    ]);
    expect(
      chartProblems(data, 'trajectory', { authority: 'haringey', highlight: 'havering-2024-ilacs' }),
    ).toEqual(['inspection "havering-2024-ilacs" in option "highlight" is not an inspection of "haringey"']);
    expect(chartProblems(data, 'inspection-change', { inspection: 'haringey-2014-sif' })).toEqual([
      'inspection "haringey-2014-sif" has no earlier comparable inspection to compare with',
    ]);
  });

  it('every inspection gets a ringed trajectory, and a change chart when there is one to compare', () => {
    const specs = allChartSpecs(data);
    const ringedIds = specs
      .filter((s) => s.type === 'trajectory' && s.options['highlight'])
      .map((s) => s.options['highlight']);
    expect(ringedIds.length).toBe(data.inspections.length);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    const change = specs.filter((s) => s.type === 'inspection-change').map((s) => s.options['inspection']);
    expect(change).toContain('havering-2024-ilacs');
    expect(change).not.toContain('haringey-2014-sif');
    // The council page's own charts do not include the ringed copies.
    expect(
      chartSpecsOf(data, 'havering')
        .filter((s) => s.type === 'trajectory')
        .map((s) => s.id),
    ).toEqual(['trajectory-havering']);
  });
});

describe('the strip of ungraded visits', () => {
  const at = (...px: number[]) => px.map((p) => ({ px: p, highlight: false }));

  it('keeps visits far enough apart on one line', () => {
    expect(stripLanes(at(10, 26, 60))).toEqual({ lanes: [0, 0, 0], spacing: 14 });
  });

  it('stacks visits close in time in lanes, reusing a lane once it is clear', () => {
    expect(stripLanes(at(10, 13, 16, 27, 40))).toEqual({ lanes: [0, 1, 2, 0, 1], spacing: 14 });
  });

  it('keeps a ringed visit clear of its neighbours, in its lane and beside it', () => {
    const ringed = [
      { px: 10, highlight: false },
      { px: 28, highlight: true },
      { px: 50, highlight: false },
    ];
    // 18 px is enough between two plain triangles but not beside a ring (11 px radius).
    expect(stripLanes(ringed)).toEqual({ lanes: [0, 1, 0], spacing: 21 });
    expect(stripLanes(ringed.map((e) => ({ ...e, highlight: false })))).toEqual({
      lanes: [0, 0, 0],
      spacing: 14,
    });
  });

  it('draws Havering’s two monitoring visits, about five months apart, in two lanes', () => {
    const plain = renderChart(data, 'trajectory', { authority: 'havering' });
    const triangles = [
      ...plain.svgWide.matchAll(
        /d="M0,-[\d.]+L[\d.]+,[\d.]+L-[\d.]+,[\d.]+Z" transform="translate\(([\d.]+),([\d.]+)\)"/g,
      ),
    ];
    expect(triangles).toHaveLength(2);
    const [dx, dy] = [1, 2].map((k) => Math.abs(Number(triangles[0]?.[k]) - Number(triangles[1]?.[k])));
    expect(dx).toBeLessThan(16);
    expect(dy).toBe(14);
  });
});
