// @ts-check
// Tables that are wider than the screen scroll inside their own box (.scroll-x), never the page.
// While a box actually scrolls, it becomes a named region that takes keyboard focus (so keyboard
// users can scroll it); when everything fits it is a plain box with no tab stop. Without
// JavaScript the boxes still scroll with a mouse or touch, and the widest tables reflow instead.
const boxes = document.querySelectorAll('.scroll-x');
/** @param {Element} box */
const captionOf = (box) => {
  const cap = box.querySelector('caption');
  return (cap?.textContent ?? '').trim() || 'Table';
};
/** @param {Element} box */
const update = (box) => {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (scrolls && !box.hasAttribute('tabindex')) {
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', `${captionOf(box)} (scrolls sideways)`);
  } else if (!scrolls && box.hasAttribute('tabindex')) {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
};
const ro = new ResizeObserver((entries) => {
  for (const e of entries) {
    const box = e.target.closest('.scroll-x');
    if (box) update(box);
  }
});
for (const box of boxes) {
  ro.observe(box);
  if (box.firstElementChild) ro.observe(box.firstElementChild);
}
// A box inside a closed <details> keeps its size, so opening it may not resize anything.
document.addEventListener(
  'toggle',
  (e) => {
    if (e.target instanceof Element) for (const box of e.target.querySelectorAll('.scroll-x')) update(box);
  },
  true,
);
