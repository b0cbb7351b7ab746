// @ts-check
// Loaded by embed pages only (/embed/<chart>/): tells the page that frames this chart how tall
// it is, so the iframe can fit it without a scroll bar. The parent's listener is
// embed-parent.js (the embed snippet loads it). External file: the CSP forbids inline scripts.
const send = () => {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'inspected-embed-height', height, href: location.href }, '*');
};
new ResizeObserver(send).observe(document.documentElement);
addEventListener('load', send);
document.addEventListener('toggle', send, true);
