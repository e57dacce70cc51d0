import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { revealBidiControls } from '@/lib/names';
import { paths } from '@/lib/paths';

interface ImageBreadcrumbsProps {
  project?: string;
  repository?: string;
  /** The last crumb, shown as the current page. */
  current?: string;
}

/** A long name is cut with an ellipsis (whole in its title) rather than pushing the page wider. */
const crumb = (name: string) => ({ truncate: 'end' as const, title: revealBidiControls(name), maw: '100%' });

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
      <Anchor key="project" component={Link} to={paths.imageProject(project)} size="sm" {...crumb(project)}>
        <bdi>{revealBidiControls(project)}</bdi>
      </Anchor>,
    );
  }
  if (project && repository && current) {
    crumbs.push(
      <Anchor
        key="repository"
        component={Link}
        to={paths.imageRepository(project, repository)}
        size="sm"
        {...crumb(repository)}
      >
        <bdi>{revealBidiControls(repository)}</bdi>
      </Anchor>,
    );
  }
  const last = current ?? repository ?? project;
  if (last) {
    crumbs.push(
      <Text key="current" size="sm" aria-current="page" {...crumb(last)}>
        <bdi>{revealBidiControls(last)}</bdi>
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
