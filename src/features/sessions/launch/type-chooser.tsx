import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_TYPES, type LaunchableType } from '@/api/skaha/session-schemas';
import { SessionTypeIcon } from '../session-type-icon';

/** Takes the keyboard to the chosen type's card. */
export interface TypeChooserHandle {
  focus: () => void;
}

interface TypeChooserProps {
  value: LaunchableType;
  onChange: (type: LaunchableType) => void;
  ref?: Ref<TypeChooserHandle>;
}

/**
 * One radio group, one Tab stop: only the chosen card is in the Tab order (roving tabindex). Radio.Card moves
 * and selects with the arrow keys; Home and End, which it lacks, go to the first and last type.
 */
export function TypeChooser({ value, onChange, ref }: TypeChooserProps) {
  const { t } = useTranslation();
  const cards = useRef(new Map<LaunchableType, HTMLButtonElement>());
  useImperativeHandle(ref, () => ({ focus: () => cards.current.get(value)?.focus() }), [value]);
  const jump = (event: KeyboardEvent, type: LaunchableType | undefined) => {
    if (!type) return;
    event.preventDefault();
    onChange(type);
    cards.current.get(type)?.focus();
  };
  return (
    <Radio.Group
      label={t('launch.form.typeLabel')}
      value={value}
      onChange={(next) => {
        const type = SESSION_TYPES.find((candidate) => candidate === next);
        if (type) onChange(type);
      }}
    >
      {/* six across left about 67 px for a label at 1366 px, too little for "Contributed"; three leave plenty */}
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
        {SESSION_TYPES.map((type) => (
          <Radio.Card
            key={type}
            ref={(element) => {
              if (element) cards.current.set(type, element);
              else cards.current.delete(type);
            }}
            value={type}
            radius="md"
            p="sm"
            aria-label={t(`sessions.types.${type}`)}
            tabIndex={type === value ? 0 : -1}
            onKeyDown={(event) => {
              if (event.key === 'Home') jump(event, SESSION_TYPES[0]);
              if (event.key === 'End') jump(event, SESSION_TYPES[SESSION_TYPES.length - 1]);
            }}
          >
            {/* at 320 px a card is too narrow for "Contributed" beside its marks: the name goes under them */}
            <Group gap="xs">
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
