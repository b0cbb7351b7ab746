/**
 * Where readers send corrections: the `CORRECTIONS_CONTACT` setting, set once for the whole site
 * like `SITE` (docs/deploy.md): an email address (`corrections@example.org`) or the https address
 * of a contact page. /about/ and the foot of every story and write-up show it
 * (src/components/CorrectionsContact.astro); unset, they say how else to reach the publisher and
 * `npm run build` warns (scripts/build-site.mjs, contactWarning). Anything else is refused with a
 * plain message.
 */

export interface Contact {
  /** The link: `mailto:` for an email address, else the page's address. */
  href: string;
  /** What the reader sees: the email address, or the page's address without its scheme. */
  text: string;
  kind: 'email' | 'page';
}

/** One address, no spaces or angle brackets, a dot in the domain: enough to refuse a typo, not to prove delivery. */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** The corrections contact from `value` (default: the CORRECTIONS_CONTACT setting); null when unset. */
export function correctionsContact(
  value: string | undefined = process.env['CORRECTIONS_CONTACT'],
): Contact | null {
  const v = value?.trim();
  if (!v) return null;
  if (EMAIL.test(v)) return { href: `mailto:${v}`, text: v, kind: 'email' };
  const u = URL.canParse(v) ? new URL(v) : null;
  if (u && u.protocol === 'https:' && !u.username && !u.password)
    return { href: u.href, text: u.href.replace(/^https:\/\//, '').replace(/\/$/, ''), kind: 'page' };
  throw new Error(
    `CORRECTIONS_CONTACT=${JSON.stringify(value)} is neither an email address nor an https address; expected e.g. CORRECTIONS_CONTACT=corrections@inspected.news or CORRECTIONS_CONTACT=https://inspected.news/contact/`,
  );
}
