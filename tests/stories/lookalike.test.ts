import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/stories/lookalike';

describe('skeleton (Unicode TR39, compact)', () => {
  const real = 'Havering rated inadequate in 2024';
  it.each([
    ['Cyrillic letters', 'Наvеring rаtеd inаdеquаtе in 2024'],
    ['Greek capitals', 'ΗΑVERING RΑΤΕD ΙΝΑDEQUΑΤΕ ΙΝ 2024'],
    ['full-width letters (NFKC)', 'Ｈａｖｅｒｉｎｇ rated inadequate in 2024'],
    ['zero-width and bidirectional characters', 'Hav\u200Bering rated \u202Dinadequate in 2024'],
    ['digit zero for the letter O, spacing', 'Havering  rated inadequate in 2O24'],
  ])('maps a headline with %s to the same skeleton', (_, lookalike) => {
    expect(lookalike).not.toBe(real);
    expect(skeleton(lookalike)).toBe(skeleton(real));
  });

  it('maps letter pairs that read as one letter, and typographic quotes', () => {
    expect(skeleton('Barnet’s modern services')).toBe(skeleton("Barnet's modem services"));
  });

  it('keeps different headlines apart, accents included', () => {
    expect(skeleton(real)).not.toBe(skeleton('Havering rated good in 2024'));
    expect(skeleton('Résumé')).not.toBe(skeleton('Resume'));
  });
});
