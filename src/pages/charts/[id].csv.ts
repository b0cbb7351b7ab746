/**
 * The CSV of exactly what each published chart plots: every chart of the site and every chart a
 * published story or write-up draws. Text cells are made safe for spreadsheets (src/data/csv.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFigure, publishedChartSpecs } from '../../charts/cache';
import { loadDataset } from '../../data/load';
import { publishedContentHtml } from '../../stories/published-content';

export const getStaticPaths = (async () =>
  publishedChartSpecs(loadDataset(), await publishedContentHtml()).map((s) => ({
    params: { id: s.id },
    props: { type: s.type, options: s.options },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { type, options } = props as { type: string; options: Record<string, string> };
  const fig = chartFigure(loadDataset(), type, options);
  return new Response(fig.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
