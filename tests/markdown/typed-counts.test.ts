/**
 * Counts of councils the site computes, typed by hand: caught in the sentences stories use, left
 * alone in a report's figures, years and quotations.
 */
import { describe, expect, it } from 'vitest';
import { typedCounts } from '../../src/markdown/typed-counts';

const words = (text: string) => typedCounts(text).map((t) => t.words);

describe('typedCounts', () => {
  it('catches every figure of the fell-furthest story’s sentence as it was typed by hand', () => {
    const before =
      "Of the 114 current councils with at least two ILACS inspections in Ofsted's history, 19 had a lower grade at their latest inspection than at the one before, 45 had a higher grade and 50 kept the same one, by our count. Six councils fell by two grades and eight rose by two; none moved by three.";
    expect(words(before)).toEqual([
      'Of the 114 current councils',
      '19 had a lower grade',
      '45 had a higher grade',
      '50 kept the same',
      'Six councils fell by two grades',
      'eight rose by two',
    ]);
  });

  it('catches counts of councils at a grade and rises and falls in other words', () => {
    expect(words('On 31 March 2025, 19 councils were rated inadequate and 67 good.')).toEqual([
      '19 councils were rated inadequate',
    ]);
    expect(words('Havering was one of 19 councils in England rated inadequate.')).toEqual([
      '19 councils in England rated inadequate',
    ]);
    expect(words('At their latest inspection 64 councils rose a grade and 22 fell.')).toEqual([
      '64 councils rose a grade',
      '22 fell',
    ]);
    expect(words('One more council fell by two grades.')).toEqual(['One more council fell by two grades']);
    expect(typedCounts('Of the 114 current councils').map((t) => t.measure)).toEqual(['councils-transition']);
    expect(typedCounts('12 councils were rated good').map((t) => t.measure)).toEqual(['councils-at-grade']);
  });

  it('leaves a report’s figures, years, quotations and the text around a :stat alone', () => {
    for (const text of [
      'The report gave an average of 778 days, against 647 days nationally.',
      'The share fell from 63% to 47% in a year.',
      '13 of 21 sets of care proceedings (62%) had finished within the 26-week target.',
      'In 2018 rose the first ILACS grades.',
      'They judged three of the four areas inadequate.',
      'Inspectors wrote that "12 councils were rated inadequate" that year.',
      'Inspectors wrote that “five councils fell by a grade” that year.',
      ' had a lower grade at their latest inspection than at the one before, ',
      ' councils fell by two grades and ',
      ' rose by three, from one end of the scale to the other.',
      "Five councils in England saw their children's services fall from good to inadequate.",
    ])
      expect(words(text), text).toEqual([]);
  });
});
