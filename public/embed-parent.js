// @ts-check
// For sites that embed an Inspected chart: sets each Inspected iframe's height to the height its
// page reports (embed-height.js), so nothing is cut off at any width. Accepts messages only from
// the origin this file was loaded from, and only for an iframe whose window sent them.
(() => {
  const me = document.currentScript;
  const origin = me instanceof HTMLScriptElement ? new URL(me.src, location.href).origin : location.origin;
  // Loaded once per page however many embeds it has: the first copy listens for all of them.
  const flags = /** @type {{ __inspectedEmbeds?: boolean }} */ (/** @type {unknown} */ (window));
  if (flags.__inspectedEmbeds) return;
  flags.__inspectedEmbeds = true;
  addEventListener('message', (e) => {
    /** @type {unknown} */
    const raw = e.data;
    const data = /** @type {{ type?: unknown, height?: unknown } | null} */ (raw);
    if (e.origin !== origin || !data || data.type !== 'inspected-embed-height') return;
    const h = Number(data.height);
    if (!Number.isFinite(h) || h <= 0 || h > 20000) return;
    for (const f of document.querySelectorAll('iframe[data-inspected-embed]')) {
      if (!(f instanceof HTMLIFrameElement)) continue;
      if (f.contentWindow === e.source) f.height = String(Math.ceil(h));
    }
  });
})();
