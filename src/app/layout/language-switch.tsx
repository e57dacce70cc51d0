import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The other language, named in itself ("Français" on the English pages, "English" on the French ones), as
 * Canada's bilingual sites offer it: one press, and read in that language by a screen reader.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.resolvedLanguage === 'fr' ? 'en' : 'fr';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      lang={other}
      onClick={() => {
        void i18n.changeLanguage(other);
      }}
    >
      {t(`language.${other}`)}
    </Button>
  );
}
