/**
 * The remark plugins of a story, in order, shared by the Astro build and `npm run check`.
 */
import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import type { Dataset } from '../data/types';
import { closestPage, pageExists, type SiteIndex } from '../config/site-paths';
import { remarkFailOnProblems } from './problems';
import { remarkHeadingLevels } from './heading-levels';
import { remarkImages } from './remark-images';
import { remarkNoRawHtml } from './remark-no-raw-html';
import { remarkSiteLinks } from './remark-site-links';
import { remarkStoryBlocks } from './remark-story-blocks';
import { remarkChart } from './remark-chart';
import { remarkStat } from './remark-stat';
import { remarkTableCaptions } from './remark-table-captions';

export interface PipelineOptions {
  data: () => Dataset;
  base: string;
  site: () => SiteIndex;
  /** Charts as slots that the story page fills in (the site build); drawn in place otherwise. */
  chartSlots?: boolean;
}

export function storyRemarkPlugins(o: PipelineOptions): PluggableList {
  let index: SiteIndex | undefined;
  const site = () => (index ??= o.site());
  return [
    remarkDirective,
    remarkNoRawHtml,
    remarkImages,
    [remarkChart, { data: o.data, base: o.base, slots: o.chartSlots ?? false }],
    [remarkStat, { data: o.data }],
    remarkStoryBlocks,
    remarkTableCaptions,
    remarkHeadingLevels,
    [
      remarkSiteLinks,
      {
        base: o.base,
        pageExists: (p: string) => pageExists(p, site()),
        closestPage: (p: string) => closestPage(p, site()),
      },
    ],
    remarkFailOnProblems,
  ];
}
