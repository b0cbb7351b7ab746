/**
 * A column heading this long, in a table squeezed onto a phone, wraps a word to a line into a
 * heading row taller than the screen. Such headings carry the class `long-heading`, which
 * global.css gives room for a few words a line on narrow screens (the table scrolls in its box).
 */
const LONG_HEADING_CHARS = 30;

/** The classes of a column heading: `num` for a column of figures, `long-heading` for a long label. */
export function headingClasses(label: string, num = false): string | undefined {
  const classes = [num ? 'num' : '', label.length >= LONG_HEADING_CHARS ? 'long-heading' : ''].filter(
    Boolean,
  );
  return classes.length ? classes.join(' ') : undefined;
}
