/**
 * Directive options and :stat measures are looked up among their own names only: a prototype
 * name (`__proto__`, `constructor`, `toString`) is refused at the directive's line:column like any
 * unknown name, and the story's other problems are still listed (it once gave "m.years is not a
 * function" at 1:1 and hid them; `__proto__="x"` passed).
 */
import { describe, expect, it } from 'vitest';
import { chartProblems } from '../../src/charts/registry';
import { loadDataset } from '../../src/data/load';
import { statProblems } from '../../src/markdown/stats';
import { check, FRONT } from '../helpers/story-fixture';

const data = loadDataset();

describe('own keys only', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    ':stat measure "%s" is an unknown measure',
    (name) => {
      expect(statProblems(data, { measure: name })[0]).toMatch(
        new RegExp(`^unknown measure "${name}" in :stat`),
      );
    },
  );

  it.each(['constructor', 'toString', 'valueOf'])('chart option "%s" is an unknown option', (name) => {
    expect(chartProblems(data, 'care-leavers', { authority: 'havering', [name]: 'x' })).toEqual([
      expect.stringMatching(new RegExp(`^unknown chart option "${name}" for type "care-leavers"`)),
    ]);
  });

  it('a story: each prototype name refused at its line:column, and the other problems still listed', () => {
    const body = [
      'First :stat{measure="constructor"} here.',
      '',
      'Then :stat{measure="__proto__"} and :stat{england measure="agency-rate" year="2025" __proto__="x"}.',
      '',
      '::chart{type="care-leavers" authority="havering" constructor="x"}',
      '',
      '::chart{type="care-leavers" __proto__="x" authority="havering"}',
      '',
      'And an ordinary mistake: :stat{measure="agency" england year="2025"}.',
    ].join('\n');
    const problems = check(`${FRONT}${body}\n`);
    const bodyStart = FRONT.split('\n').length; // the line of the body's first line
    const at = (offset: number, column: number) =>
      `content/stories/havering.md:${bodyStart + offset}:${column}`;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${at(0, 7)}.* unknown measure "constructor"`)),
        expect.stringMatching(new RegExp(`^${at(2, 6)}.* unknown measure "__proto__"`)),
        expect.stringMatching(new RegExp(`^${at(2, 37)}.* attribute "__proto__" in :stat`)),
        expect.stringMatching(new RegExp(`^${at(4, 1)}.* unknown chart option "constructor"`)),
        expect.stringMatching(new RegExp(`^${at(6, 1)}.* attribute "__proto__" in :chart`)),
        expect.stringMatching(new RegExp(`^${at(8, 26)}.* unknown measure "agency"`)),
      ]),
    );
    expect(problems.join('\n')).not.toMatch(/is not a function|check failed/);
  });
});
