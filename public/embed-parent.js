// For sites that embed an Inspected chart: sets each Inspected iframe's height to the height its
// page reports (embed-height.js), so nothing is cut off at any width. Accepts messages only from
// the origin this file was loaded from, and only for an iframe whose window sent them.
(() => {
  const me = document.currentScript;
  const origin = me ? new URL(me.src, location.href).origin : location.origin;
  if (window.__inspectedEmbeds) return;
  window.__inspectedEmbeds = true;
  addEventListener('message', (e) => {
    if (e.origin !== origin || !e.data || e.data.type !== 'inspected-embed-height') return;
    const h = Number(e.data.height);
    if (!Number.isFinite(h) || h <= 0 || h > 20000) return;
    for (const f of document.querySelectorAll('iframe[data-inspected-embed]')) {
      if (f.contentWindow === e.source) f.height = String(Math.ceil(h));
    }
  });
})();
