import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, titleFits, titleLength } from '../../src/config/page-title';

describe('page titles', () => {
  it('count an ampersand as it is written in the page', () => {
    expect(titleLength('Telford & Wrekin')).toBe('Telford &amp; Wrekin'.length);
    expect(titleLength('a < b')).toBe('a &lt; b'.length);
  });

  it('fit at the limit and not one character over, as written', () => {
    const at = 'x'.repeat(MAX_TITLE_CHARS);
    expect(titleFits(at)).toBe(true);
    expect(titleFits(`${at}x`)).toBe(false);
    // 69 characters as read, 73 as written: html-validate counts the latter.
    const title = 'Hammersmith & Fulham: Single inspection (SIF), March 2016 | Inspected';
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(titleFits(title)).toBe(false);
  });
});
