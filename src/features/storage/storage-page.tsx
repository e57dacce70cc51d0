import { PageHeader } from '../../components/page-header';
import { useTranslation } from 'react-i18next';

/** Placeholder until the area lands. */
export function StoragePage() {
  const { t } = useTranslation();
  return <PageHeader title={t('storage.title')} description={t('storage.description')} />;
}
