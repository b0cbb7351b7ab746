/** The CSV of exactly what each published chart plots. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartSpecs } from '../../charts/registry';
import { chartFigure } from '../../charts/cache';
import { loadDataset } from '../../data/load';

export const getStaticPaths = (() =>
  allChartSpecs(loadDataset()).map((s) => ({
    params: { id: s.id },
    props: { type: s.type, options: s.options },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { type, options } = props as { type: string; options: Record<string, string> };
  const fig = chartFigure(loadDataset(), type, options);
  return new Response(fig.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
