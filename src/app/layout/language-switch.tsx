import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '@/i18n/translation';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      // No fade between the two labels' colours: a check of contrast (or a reader) never meets one half-way.
      transitionDuration={0}
      aria-label={t('language.label')}
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
      // Shown as "EN" / "FR", read by its name in its own language ("Français"), not as letters.
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <>
            <span aria-hidden>{language.toUpperCase()}</span>
            <VisuallyHidden lang={language}>{t(`language.${language}`)}</VisuallyHidden>
          </>
        ),
        title: t(`language.${language}`),
      }))}
    />
  );
}
