import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { useUsageFormat } from './use-usage-format';

function formatIn(language: 'en' | 'fr') {
  const i18n = createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return renderHook(() => useUsageFormat(), { wrapper }).result.current;
}

describe('the usage charts’ time labels', () => {
  // 7 AM on December 1st in the test's time zone
  const morning = new Date(2026, 11, 1, 7, 0).getTime();

  // ICU's own spaces: a narrow no-break one before AM/PM, a plain one before « h »
  it('write an hour as people do, without a leading zero, in English and French', () => {
    expect(formatIn('en').bucket('week', morning)).toBe('Dec 1, 7:00\u202fAM');
    expect(formatIn('fr').bucket('week', morning)).toBe('1 déc., 7:00');
    expect(formatIn('en').bucket('day', morning)).toBe('7:00\u202fAM');
    expect(formatIn('fr').bucket('day', morning)).toBe('7:00');
  });

  it('say the minutes a week’s bar ends at, as the day’s do', () => {
    const opened = new Date(2026, 11, 7, 15, 20).getTime();
    expect(formatIn('en').bucket('week', opened)).toBe('Dec 7, 3:20\u202fPM');
    expect(formatIn('fr').bucket('week', opened)).toBe('7 déc., 15:20');
  });

  it('keep both digits of an hour past nine', () => {
    const evening = new Date(2026, 11, 1, 20, 0).getTime();
    expect(formatIn('fr').bucket('week', evening)).toBe('1 déc., 20:00');
    expect(formatIn('en').bucket('day', evening)).toBe('8:00\u202fPM');
  });
});
