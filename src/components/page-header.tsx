import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
}

/** The page's one h1, mirrored in the document title so tabs and screen readers say where you are. */
export function PageHeader({ title, description }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap={4} mb="md">
      {/* titles and descriptions can be names without spaces (an image, a folder): they wrap anywhere */}
      <Title order={1} size="h2" lineClamp={4} title={title} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
