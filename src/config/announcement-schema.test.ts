// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config';

const valid = {
  id: '2026-11-maint',
  level: 'maintenance',
  message: {
    en: 'Storage is read-only on 28 November.',
    fr: 'Le stockage sera en lecture seule le 28 novembre.',
  },
  link: { href: 'https://status.canfar.net', label: { en: 'Status page', fr: 'Page d’état' } },
};

const problemKeys = (raw: unknown) => {
  const result = parseConfig(raw);
  return !result.ok && result.reason === 'invalid'
    ? result.problems.map((problem) => problem.key).sort()
    : [];
};

describe('the announcement key', () => {
  it('is optional', () => {
    const result = parseConfig({});
    expect(result.ok && result.config.announcement).toBeUndefined();
  });

  it('accepts each level, with or without French and a link', () => {
    for (const level of ['info', 'warning', 'maintenance']) {
      const result = parseConfig({ announcement: { ...valid, level } });
      expect(result.ok && result.config.announcement).toEqual({ ...valid, level });
    }
    const englishOnly = { id: 'x', level: 'info', message: { en: 'Hello' } };
    const result = parseConfig({ announcement: englishOnly });
    expect(result.ok && result.config.announcement).toEqual(englishOnly);
  });

  it('refuses an unknown level, a missing id or English message, and unknown keys', () => {
    expect(problemKeys({ announcement: { ...valid, level: 'urgent' } })).toEqual(['announcement.level']);
    expect(problemKeys({ announcement: { ...valid, id: '' } })).toEqual(['announcement.id']);
    expect(problemKeys({ announcement: { ...valid, message: { fr: 'Bonjour' } } })).toEqual([
      'announcement.message.en',
    ]);
    expect(problemKeys({ announcement: { ...valid, html: '<b>x</b>' } })).toEqual(['announcement.html']);
    expect(problemKeys({ announcement: { ...valid, message: { ...valid.message, de: 'Hallo' } } })).toEqual([
      'announcement.message.de',
    ]);
  });

  it('takes a link only to an https address, saying so', () => {
    for (const href of [
      'javascript:alert(1)',
      'http://status.canfar.net',
      'data:text/html,<script>alert(1)</script>',
      '/status',
    ]) {
      const result = parseConfig({ announcement: { ...valid, link: { ...valid.link, href } } });
      expect(result.ok, href).toBe(false);
      if (result.ok || result.reason !== 'invalid') continue;
      expect(result.problems).toEqual([expect.objectContaining({ key: 'announcement.link.href' })]);
    }
    const result = parseConfig({ announcement: { ...valid, link: { ...valid.link, href: 'http://x.org' } } });
    expect(!result.ok && result.reason === 'invalid' && result.problems[0]?.message).toBe(
      'must be an https:// address',
    );
  });
});
