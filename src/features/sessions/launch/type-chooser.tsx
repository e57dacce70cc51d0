import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SESSION_TYPES, type LaunchableType } from '../../../api/skaha/session-schemas';
import { SessionTypeIcon } from '../session-type-icon';

interface TypeChooserProps {
  value: LaunchableType;
  onChange: (type: LaunchableType) => void;
}

export function TypeChooser({ value, onChange }: TypeChooserProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('sessions.launch.typeLabel')}
      value={value}
      onChange={(next) => {
        const type = SESSION_TYPES.find((candidate) => candidate === next);
        if (type) onChange(type);
      }}
    >
      {/* six across left about 67 px for a label at 1366 px, too little for "Contributed"; three leave plenty */}
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
        {SESSION_TYPES.map((type) => (
          <Radio.Card key={type} value={type} radius="md" p="sm" aria-label={t(`sessions.types.${type}`)}>
            <Group gap="xs" wrap="nowrap">
              <Radio.Indicator aria-hidden />
              <SessionTypeIcon type={type} />
              <Text size="sm" fw={500}>
                {t(`sessions.types.${type}`)}
              </Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
