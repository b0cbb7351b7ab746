import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
function vars(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1] as string, m[2] as string]),
  );
}
const light = vars(css.slice(0, darkStart));
const dark = vars(css.slice(darkStart, css.indexOf('}\n}', darkStart)));

const MUST_CONTRAST = [
  '--grade-outstanding',
  '--grade-good',
  '--grade-requires-improvement',
  '--grade-inadequate',
  '--chart-text',
  '--chart-muted',
  '--chart-muted-text',
  '--series-council',
  '--series-region',
  '--series-england',
];
const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'];

describe('chart palette', () => {
  it('declares the page backgrounds', () => {
    expect(light.get('--page-bg')).toBe('#ffffff');
    expect(dark.get('--page-bg')).toBe('#111418');
  });
  for (const [mode, map] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    for (const name of MUST_CONTRAST) {
      it(`${mode} ${name} has >= 3:1 contrast against the page`, () => {
        const c = map.get(name);
        expect(c, `${name} missing in ${mode}`).toBeDefined();
        expect(contrast(c as string, map.get('--page-bg') as string)).toBeGreaterThanOrEqual(3);
      });
    }
    for (const g of GRADES) {
      it(`${mode} codes drawn on --grade-${g} have >= 4.5:1 contrast`, () => {
        expect(
          contrast(map.get(`--grade-${g}`) as string, map.get(`--grade-${g}-text`) as string),
        ).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
  it('computes WCAG contrast correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
