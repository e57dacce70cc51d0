import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

interface ImageBreadcrumbsProps {
  project?: string;
  repository?: string;
  /** The last crumb, shown as the current page. */
  current?: string;
}

/** Images › project › repository › artifact: each level links back up. */
export function ImageBreadcrumbs({ project, repository, current }: ImageBreadcrumbsProps) {
  const { t } = useTranslation();
  const crumbs = [
    <Anchor key="images" component={Link} to={paths.images()} size="sm">
      {t('images.title')}
    </Anchor>,
  ];
  if (project && (repository || current)) {
    crumbs.push(
      <Anchor key="project" component={Link} to={paths.imageProject(project)} size="sm">
        {project}
      </Anchor>,
    );
  }
  if (project && repository && current) {
    crumbs.push(
      <Anchor key="repository" component={Link} to={paths.imageRepository(project, repository)} size="sm">
        {repository}
      </Anchor>,
    );
  }
  const last = current ?? repository ?? project;
  if (last) {
    crumbs.push(
      <Text key="current" size="sm" aria-current="page" style={{ overflowWrap: 'anywhere' }}>
        {last}
      </Text>,
    );
  }
  return (
    <nav aria-label={t('images.breadcrumbs')}>
      <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {crumbs}
      </Breadcrumbs>
    </nav>
  );
}
