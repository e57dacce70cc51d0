import { PageHeader } from '../../components/page-header';
import { useTranslation } from 'react-i18next';

/** Placeholder until the area lands. */
export function ImagesPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('images.title')} description={t('images.description')} />;
}
