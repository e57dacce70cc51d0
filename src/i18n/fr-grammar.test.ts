import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

// French "one" covers 0 and everything below 2 (0,04 cœur, 1,5 Go): the words around a number must follow it.
describe('French agreement with numbers', () => {
  const { t } = createI18n('fr');

  it('follows Intl’s French plural rule', () => {
    const rule = new Intl.PluralRules('fr');
    expect([0, 0.04, 1, 1.5, 2].map((n) => rule.select(n))).toEqual(['one', 'one', 'one', 'one', 'other']);
  });

  it('agrees “in use” on a session tile with the amount', () => {
    expect(t('sessions.tile.used', { count: 0.04, used: '0,04 cœur' })).toBe('0,04 cœur utilisé');
    expect(t('sessions.tile.used', { count: 3, used: '3 cœurs' })).toBe('3 cœurs utilisés');
  });

  it('agrees the advice’s verb with the suggested amount', () => {
    const advice = { session: 'carta-m31', kind: 'CARTA', requested: '4', peak: '0,5', used: '0,2' };
    expect(t('usage.efficiency.memoryAdvice', { ...advice, suggested: '1', count: 1 })).toMatch(
      / 1 Go suffirait\.$/,
    );
    expect(t('usage.efficiency.memoryAdvice', { ...advice, suggested: '8', count: 8 })).toMatch(
      / 8 Go suffiraient\.$/,
    );
    expect(t('usage.efficiency.cpuAdvice', { ...advice, suggested: '1', count: 1 })).toMatch(
      / 1 cœur suffirait\.$/,
    );
  });

  it('agrees the free cores of the launch form with their number', () => {
    const values = { ram: '12\u00a0Go', maxCores: '16', maxRam: '64\u00a0Go' };
    expect(t('launch.form.capacity', { ...values, count: 0.5, cores: '0,5' })).toMatch(
      /^Capacité libre\u00a0: 0,5\u00a0cœur et 12\u00a0Go\./,
    );
    expect(t('launch.form.capacity', { ...values, count: 1134.25, cores: '1\u202f134,25' })).toMatch(
      /^Capacité libre\u00a0: 1\u202f134,25\u00a0cœurs et 12\u00a0Go\./,
    );
  });

  it('names a service with its article, so a sentence can start with it', () => {
    const service = t('errors.service.skaha');
    expect(t('errors.http', { service, status: 503, message: 'indisponible' })).toBe(
      'Le service des sessions a répondu 503\u00a0: indisponible',
    );
  });

  it('puts a user’s name after a colon, where « de » or « que » could not elide', () => {
    expect(t('user.signedInAs', { username: 'alex' })).toBe('Compte connecté\u00a0: alex');
    expect(t('user.menu', { name: 'Alex Martin' })).toBe('Menu du compte\u00a0: Alex Martin');
  });
});
