import { PageHeader } from '../../components/page-header';
import { useTranslation } from 'react-i18next';

/** Placeholder until the area lands. */
export function UsagePage() {
  const { t } = useTranslation();
  return <PageHeader title={t('usage.title')} description={t('usage.description')} />;
}
