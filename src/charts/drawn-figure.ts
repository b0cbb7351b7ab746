/**
 * The figure of a chart that draws an SVG element per layout: each layout finished (finishSvg)
 * under the figure's id, named by its finding, then made into the figure (makeFigure).
 */
import type { Dataset } from '../data/types';
import { type ChartFigure, type FigureParts, makeFigure } from './figure';
import { finishSvg, type Variant } from './svg';

export interface DrawnFigureParts extends Omit<FigureParts, 'svg'> {
  /** Draws one layout, before finishSvg. */
  draw: (variant: Variant) => Element;
}

export function drawnFigure(data: Dataset, parts: DrawnFigureParts): ChartFigure {
  const { draw, ...rest } = parts;
  return makeFigure(data, {
    ...rest,
    svg: (variant) =>
      finishSvg(draw(variant), { id: parts.id, variant, title: parts.title, desc: parts.alt }),
  });
}
