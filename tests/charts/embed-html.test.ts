/** A figure drawn for the embed page (renderFigureHtml with `embed`): what another site's reader sees. */
import { describe, expect, it } from 'vitest';
import { renderFigureHtml } from '../../src/charts/figure';
import { renderChart } from '../../src/charts/registry';
import { fixtureDataset } from './fixtures';

const data = fixtureDataset();
const ctx = { base: '/', csvHref: '/charts/x.csv', embedHref: '/embed/x/' };
const fig = renderChart(data, 'neighbours', { authority: 'haringey' });

describe('a figure in an embed', () => {
  const embed = renderFigureHtml(fig, { ...ctx, embed: true });
  const page = renderFigureHtml(fig, ctx);
  it('shows its sources and the newest source’s date outside any <details>', () => {
    const line = /<p class="chart-source-line">([^<]*)<\/p>/.exec(embed);
    expect(line?.[1]).toMatch(/^Sources?: .*; the newest published \d{1,2} \w+ \d{4}\.$/);
    const newest =
      fig.sources
        .map((s) => s.date)
        .sort()
        .at(-1) ?? '';
    expect(line?.[1]).toContain(newest.slice(0, 4));
    // Not inside a <details>: no <details> opens before it that is still open.
    const before = embed.slice(0, embed.indexOf('chart-source-line'));
    expect(before.split('<details').length).toBe(before.split('</details>').length);
    expect(page).not.toContain('chart-source-line');
  });
  it('offers no embed snippet of its own; the page’s figure does', () => {
    expect(embed).not.toMatch(/Embed this chart|<iframe/);
    expect(page).toMatch(/Embed this chart/);
  });
  it('folds its notes and scrolls a tall graphic in a focusable named region, saying so in view', () => {
    expect(embed).toMatch(new RegExp(`<summary>Notes \\(${fig.notes.length}\\)</summary>`));
    // Only the phone's layout is boxed; the wide one shows whole where there is room.
    expect(embed).toMatch(
      /<div class="chart-narrow"><section class="chart-graphic-scroll" tabindex="0" aria-label="The chart, in a box that scrolls"><svg[\s\S]*?<\/section><p class="chart-scroll-hint">The chart scrolls inside its box/,
    );
    expect(embed).toMatch(/<div class="chart-wide"><svg/);
    const short = renderChart(data, 'trajectory', { authority: 'city-of-london' });
    expect(renderFigureHtml(short, { ...ctx, embed: true })).not.toMatch(
      /chart-graphic-scroll|chart-scroll-hint/,
    );
  });
});
