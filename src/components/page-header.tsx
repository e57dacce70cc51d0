import { Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { use, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isFocusLost } from '@/lib/focus';
import { isolateName, revealBidiControls } from '@/lib/names';
import { HasNavigatedContext } from './visit-context';
import classes from './page-header.module.css';

interface PageHeaderProps {
  /** Often a name from the address (a project, a repository): shown as inert text, see below. */
  title: string;
  description?: ReactNode;
  /**
   * The view below the header, for a page whose views share it (usage's own, a session's, a project's): when it
   * changes and the link that changed it went with the old view, the heading takes focus, as on arrival.
   */
  view?: string;
}

/**
 * The page's one h1, mirrored in the document title so tabs and screen readers say where you are. A page
 * reached from another by a link or button that left with it finds focus on the body: the heading takes it, so
 * a screen reader says where the user is and Tab goes on from the top of the page, not of the document.
 */
export function PageHeader({ title, description, view }: PageHeaderProps) {
  const { t } = useTranslation();
  // a title from the address is isolated with its bidirectional controls shown: a link cannot reverse it
  const shown = revealBidiControls(title);
  useDocumentTitle(`${isolateName(shown)} · ${t('app.name')}`);
  const heading = useRef<HTMLHeadingElement>(null);
  // On arrival only: a page that changes its own location (a folder, a filter) keeps its own focus rules.
  // The first page of a visit ("default" key) leaves focus where the browser put it.
  const { key } = useLocation();
  // Back to the load's first entry ("default") is an arrival too, once the user has moved
  const hasNavigated = use(HasNavigatedContext);
  const [arrived] = useState(key !== 'default' || hasNavigated);
  // Reached from a link that stays (the side navigation's), focus stays on it and the page is said instead, as
  // it was reached: a title that changes later is no new arrival
  const [reachedAs] = useState(shown);
  const [arrival, setArrival] = useState('');
  useEffect(() => {
    if (!arrived) return undefined;
    if (isFocusLost(document)) {
      heading.current?.focus();
      return undefined;
    }
    // after a moment: a live region filled as it is mounted is not read out by every screen reader
    const timer = window.setTimeout(() => {
      setArrival(reachedAs);
    }, 150);
    return () => {
      window.clearTimeout(timer);
    };
  }, [arrived, reachedAs]);

  const shownView = useRef(view);
  useEffect(() => {
    if (view === shownView.current) return;
    shownView.current = view;
    if (isFocusLost(document)) heading.current?.focus();
  }, [view]);

  return (
    <Stack gap={4} mb="md">
      {/* titles and descriptions can be names without spaces (an image, a folder): they wrap anywhere */}
      <Title
        ref={heading}
        tabIndex={-1}
        className={classes.heading}
        order={1}
        size="h2"
        lineClamp={4}
        title={shown}
        style={{ overflowWrap: 'anywhere' }}
      >
        <bdi>{shown}</bdi>
      </Title>
      <VisuallyHidden role="status">{arrival}</VisuallyHidden>
      {description && (
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
