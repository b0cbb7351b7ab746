/** Social card image for each council: name, region and current grade. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../_card';
import { loadDataset } from '../../../data/load';
import { summaries } from '../../../data/queries';
import { formatDate, formatMonthRange } from '../../../data/format';
import { gradeLabel } from '../../../data/grade-labels';

const BADGE: Record<string, string> = {
  outstanding: '#0e5f4a',
  good: '#2f6fb0',
  'requires-improvement': '#8a5a00',
  inadequate: '#a3262a',
};

export const getStaticPaths = (() =>
  [...loadDataset().authorities.keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const s = summaries(loadDataset()).get(params.slug ?? '');
  if (!s) throw new Error(`unknown council ${params.slug ?? ''}`);
  const latest = s.latest;
  const png = cardPng({
    kicker: 'Council children’s services',
    title: s.authority.name,
    lines: [
      `${s.authority.region}${s.authority.current ? '' : ' · former council'}`,
      latest?.overall
        ? `Ofsted, published ${formatDate(latest.published)}`
        : latest
          ? `Inspected ${formatMonthRange(latest.startDate, latest.endDate)}; grade not yet in our data`
          : 'No graded inspection under current frameworks',
    ],
    badge: latest?.overall
      ? { text: gradeLabel(latest.overall, latest.scale), color: BADGE[latest.overall] ?? '#4f5661' }
      : undefined,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
