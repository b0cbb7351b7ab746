/**
 * What the sweep measures in one page view, run inside the page (so it must not refer to anything
 * outside its own body). Chart texts are the `<text>` elements of every visible top-level SVG
 * that holds text; a multi-line text counts one box per line (`<tspan>`), as a reader sees it.
 */

export interface TextIssue {
  /** The SVG's figure id (or "svg #n"), then the text. */
  where: string;
  detail: string;
}

export interface ViewMeasure {
  svgs: number;
  texts: number;
  small: TextIssue[];
  overlaps: TextIssue[];
  outside: TextIssue[];
  /** Smallest rendered chart text size in CSS px (Infinity when there is none). */
  minSize: number;
}

export interface MeasureOptions {
  /** Smallest allowed rendered size of chart text, CSS px (0: not checked). */
  minPx: number;
  /** Two boxes overlap when they share more than this in both directions. */
  overlapPx: number;
  /** A text is outside when it reaches past its SVG's box by more than this. */
  outsidePx: number;
}

export function measureView(o: MeasureOptions): ViewMeasure {
  const shown = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    );
  };
  const small: TextIssue[] = [];
  const overlaps: TextIssue[] = [];
  const outside: TextIssue[] = [];
  let svgs = 0;
  let texts = 0;
  let minSize = Infinity;
  const all = [...document.querySelectorAll('svg')].filter(
    (s) => !s.parentElement?.closest('svg') && s.querySelector('text') && shown(s),
  );
  all.forEach((svg, n) => {
    svgs++;
    const fig = svg.closest('figure');
    const name = fig?.id ? `#${fig.id} ${svg.getAttribute('class') ?? ''}`.trim() : `svg #${n + 1}`;
    const sr = svg.getBoundingClientRect();
    const boxes: { l: number; r: number; t: number; b: number; s: string }[] = [];
    for (const t of svg.querySelectorAll('text')) {
      const s = (t.textContent ?? '').trim();
      if (!s || !shown(t)) continue;
      texts++;
      const ctm = t.getScreenCTM();
      if (ctm) {
        const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.c, ctm.d);
        minSize = Math.min(minSize, size);
        if (o.minPx > 0 && size < o.minPx - 0.01)
          small.push({ where: name, detail: `${JSON.stringify(s.slice(0, 30))} at ${size.toFixed(1)}px` });
      }
      const lines = [...t.querySelectorAll('tspan')].filter((l) => (l.textContent ?? '').trim());
      for (const el of lines.length ? lines : [t]) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        const text = (el.textContent ?? '').trim();
        boxes.push({ l: r.left, r: r.right, t: r.top, b: r.bottom, s: text });
        const past = Math.max(sr.left - r.left, r.right - sr.right, sr.top - r.top, r.bottom - sr.bottom);
        if (past > o.outsidePx)
          outside.push({
            where: name,
            detail: `${JSON.stringify(text.slice(0, 30))} by ${past.toFixed(1)}px`,
          });
      }
    }
    // Sweep along x: only boxes whose x ranges overlap are compared.
    boxes.sort((a, b) => a.l - b.l);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      if (!a) continue;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (!b) continue;
        if (b.l >= a.r - o.overlapPx) break;
        const dx = Math.min(a.r, b.r) - Math.max(a.l, b.l);
        const dy = Math.min(a.b, b.b) - Math.max(a.t, b.t);
        if (dx > o.overlapPx && dy > o.overlapPx)
          overlaps.push({
            where: name,
            detail: `${JSON.stringify(a.s.slice(0, 30))} and ${JSON.stringify(b.s.slice(0, 30))} by ${dx.toFixed(1)}×${dy.toFixed(1)}px`,
          });
      }
    }
  });
  return {
    svgs,
    texts,
    small,
    overlaps,
    outside,
    minSize,
  };
}

/**
 * Table heading rows taller than `maxLines` lines of their text: each row as tall as its longest
 * heading, in lines of that heading's text. It opens every closed section first (a chart's data
 * table), so it changes the page: run it after the checks that need the page as loaded. A stacked
 * table's hidden heading row (each cell labelled instead) is not shown and not measured. Runs
 * inside the page.
 */
export function measureHeadings(maxLines: number): TextIssue[] {
  const shown = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    );
  };
  const tall: TextIssue[] = [];
  for (const d of document.querySelectorAll('details')) d.open = true;
  for (const row of document.querySelectorAll('thead tr')) {
    const th = row.querySelector('th');
    if (!th || !shown(row) || getComputedStyle(row.closest('thead') ?? row).position === 'absolute') continue;
    const lines = row.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight);
    if (lines > maxLines) {
      const caption = (row.closest('table')?.querySelector('caption')?.textContent ?? '').trim();
      tall.push({
        where: JSON.stringify(caption.slice(0, 60)),
        detail: `heading row ${lines.toFixed(1)} lines tall`,
      });
    }
  }
  return tall;
}

export interface WidthMeasure {
  scrollWidth: number;
  viewportWidth: number;
  /** Outermost elements reaching past the viewport's right edge (for the message). */
  wideElements: string[];
}

/** How wide the page is against its viewport, and what sticks out. Runs inside the page. */
export function measureWidth(): WidthMeasure {
  const vw = document.documentElement.clientWidth;
  const wideElements: string[] = [];
  if (document.documentElement.scrollWidth > vw) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 0.5) continue;
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > vw + 0.5) continue;
      const cls =
        typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      wideElements.push(
        `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> +${Math.round(r.right - vw)}px`,
      );
      if (wideElements.length >= 5) break;
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, viewportWidth: vw, wideElements };
}
