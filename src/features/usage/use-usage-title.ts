import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * Names one usage view in the document title, so a tab, the history and a screen reader tell the views apart.
 * The area's PageHeader keeps its one h1 ("Usage") and sets the title to that first: it comes before the views
 * in the tree, and React runs sibling effects in tree order, so this one, the view's, is set last. A name from
 * the address is given already isolated (`nameInSentence`).
 */
export function useUsageTitle(title: string) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
}
