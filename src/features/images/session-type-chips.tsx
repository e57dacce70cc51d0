import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HarborLabel } from '@/api/harbor/artifact-schemas';
import { isolateName, revealBidiControls } from '@/lib/names';

const KNOWN = ['notebook', 'desktop', 'carta', 'firefly', 'contributed', 'headless', 'desktop-app'] as const;
type KnownType = (typeof KNOWN)[number];
const isKnown = (name: string): name is KnownType => KNOWN.some((known) => known === name);

/**
 * The session type a label names, in the reader's language, spelt as the launch form names it (chips, the
 * type filter); other labels keep their own name.
 */
export function useLabelName() {
  const { t } = useTranslation();
  // A label's name is free text in Harbor: its bidirectional controls are shown, so it cannot pose as another.
  return (name: string) => (isKnown(name) ? t(`images.typeNames.${name}`) : revealBidiControls(name));
}

/** The same inside a sentence ("Launch as notebook"), where only product names keep their capitals. */
export function useLabelNameInSentence() {
  const { t } = useTranslation();
  return (name: string) => (isKnown(name) ? t(`images.types.${name}`) : revealBidiControls(name));
}

/** A chip's tooltip: the label's name and description, free text in Harbor, each isolated with its controls shown. */
const labelTitle = ({ name, description }: HarborLabel) => {
  const shownName = isolateName(revealBidiControls(name));
  return description ? `${shownName} — ${isolateName(revealBidiControls(description))}` : shownName;
};

/** Harbor labels as chips. Colours come from the theme, not from the label, so contrast holds in both schemes. */
export function SessionTypeChips({ labels }: { labels: readonly HarborLabel[] }) {
  const labelName = useLabelName();
  if (labels.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {labels.map((label) => (
        <Badge
          key={label.id}
          variant="light"
          color={isKnown(label.name) ? 'blue' : 'gray'}
          radius="sm"
          tt="none"
          maw="100%"
          // a long name ("Application de bureau") wraps in a narrow cell rather than being cut to an ellipsis
          h="auto"
          py={2}
          styles={{ label: { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: 1.4 } }}
          title={labelTitle(label)}
        >
          <bdi>{labelName(label.name)}</bdi>
        </Badge>
      ))}
    </Group>
  );
}
