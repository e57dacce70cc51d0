import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The last resort after a failure the page itself cannot retry: load the portal again. */
export function ReloadButton(props: ButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      {...props}
      onClick={() => {
        window.location.reload();
      }}
    >
      {t('errors.reload')}
    </Button>
  );
}
