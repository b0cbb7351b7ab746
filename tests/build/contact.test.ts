/**
 * The corrections contact (src/config/contact.ts): set once as CORRECTIONS_CONTACT, an email
 * address becomes a mailto: link and an https page a link; anything else stops the build with a
 * message saying what was expected; unset, there is none and the build warns (build-site.mjs).
 */
import { describe, expect, it } from 'vitest';
import { correctionsContact } from '../../src/config/contact';
import { contactWarning } from '../../scripts/build-site.mjs';

describe('the corrections contact', () => {
  it('makes an email address a mailto: link', () => {
    expect(correctionsContact('corrections@inspected.news')).toEqual({
      href: 'mailto:corrections@inspected.news',
      text: 'corrections@inspected.news',
      kind: 'email',
    });
    expect(correctionsContact('  corrections@inspected.news ')?.href).toBe(
      'mailto:corrections@inspected.news',
    );
  });

  it('makes an https address a link', () => {
    expect(correctionsContact('https://inspected.news/contact/')).toEqual({
      href: 'https://inspected.news/contact/',
      text: 'inspected.news/contact',
      kind: 'page',
    });
  });

  it('is none when unset or empty', () => {
    expect(correctionsContact('')).toBeNull();
    expect(correctionsContact('   ')).toBeNull();
  });

  it('refuses anything else, naming the value and what was expected', () => {
    for (const bad of [
      'not an address',
      'http://inspected.news/contact/',
      'javascript:alert(1)',
      'a@b',
      'two@one.org,three@one.org',
      'https://user:pw@inspected.news/',
    ])
      expect(() => correctionsContact(bad), bad).toThrow(
        new RegExp(`CORRECTIONS_CONTACT=.*neither an email address nor an https address; expected e\\.g\\.`),
      );
  });

  it('the build warns while it is unset, and says nothing once it is set', () => {
    const w = contactWarning({}) ?? '';
    expect(w).toContain('CORRECTIONS_CONTACT');
    expect(w).toContain('/about/');
    expect(contactWarning({ CORRECTIONS_CONTACT: ' ' })).not.toBeNull();
    expect(contactWarning({ CORRECTIONS_CONTACT: 'corrections@inspected.news' })).toBeNull();
  });
});
