/**
 * A visit's page (src/data/visit-page.ts): every focused and monitoring visit says what it looked
 * at (its theme, from the data), what such a visit is (the glossary's words), links the letter,
 * gives a findings line only where a write-up has one, and the period our visit data covers,
 * from the data; an inspection gets none of this.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { isVisit, visitPage } from '../../src/data/visit-page';
import { GLOSSARY } from '../../src/data/reader-words';
import { visitCoverage } from '../../src/data/queries';
import { formatMonth } from '../../src/data/format';

const data = loadDataset();
const visits = data.inspections.filter(isVisit);

describe('visit pages', () => {
  it('covers every focused and monitoring visit, and no inspection', () => {
    expect(visits.length).toBeGreaterThan(0);
    expect(new Set(visits.map((i) => i.framework))).toEqual(new Set(['focused-visit', 'monitoring-visit']));
    for (const i of data.inspections.filter((x) => !isVisit(x)).slice(0, 50))
      expect(visitPage(data, i)).toBeNull();
  });

  it('says what each visit looked at, what such a visit is, links the letter and the period covered', () => {
    const cover = visitCoverage(data);
    if (!cover) throw new Error('no visits');
    const problems: string[] = [];
    for (const i of visits) {
      const v = visitPage(data, i);
      if (!v) {
        problems.push(`${i.id}: no visit page`);
        continue;
      }
      const theme = i.theme?.trim();
      if (theme && !v.lookedAt?.toLowerCase().includes(theme.toLowerCase()))
        problems.push(`${i.id}: looked at "${v.lookedAt}" for theme "${theme}"`);
      if (!theme && v.lookedAt !== null) problems.push(`${i.id}: a theme the data lacks`);
      const entry = GLOSSARY.find((g) => g.frameworks?.includes(i.framework));
      if (!entry || v.meaning !== entry.meaning) problems.push(`${i.id}: meaning not the glossary's`);
      if (v.glossaryPath !== `/glossary/#${i.framework}`)
        problems.push(`${i.id}: glossary link ${v.glossaryPath}`);
      if (v.letter.url !== i.reportUrl) problems.push(`${i.id}: letter ${v.letter.url}`);
      if (v.findings !== null) problems.push(`${i.id}: findings without a write-up`);
      for (const when of [formatMonth(cover.from), formatMonth(cover.to)])
        if (!v.coverage?.includes(when)) problems.push(`${i.id}: coverage "${v.coverage}" lacks ${when}`);
    }
    expect(problems).toEqual([]);
  });

  it('takes its line of findings from a write-up: its first summary point, else its standfirst', () => {
    const i = visits[0];
    if (!i) throw new Error('no visits');
    expect(
      visitPage(data, i, { standfirst: 'The front door was slow.', summary: ['Referrals waited weeks.'] })
        ?.findings,
    ).toBe('Referrals waited weeks.');
    expect(visitPage(data, i, { standfirst: 'The front door was slow.' })?.findings).toBe(
      'The front door was slow.',
    );
  });

  it('names the council’s Ofsted page, not a letter, where the data has only that address', () => {
    const i = visits.find((x) => x.reportUrl === data.authorities.get(x.authority)?.ofstedUrl);
    expect(i, 'a visit whose address is the council’s Ofsted page').toBeDefined();
    if (!i) return;
    const v = visitPage(data, i);
    expect(v?.letter.label).toMatch(/^Ofsted’s page for /);
    expect(v?.letter.note).toMatch(/does not hold the letter’s own address/);
  });
});
