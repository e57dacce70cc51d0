/** A sentence of the project picker's help, under `usage.groups`. */
export type PickerHelp = 'none' | 'how' | 'howLabel' | 'howLabelVsGroup';

interface PickerChoices {
  /** The user owns or administers a GMS group. */
  leadsGroups: boolean;
  /** The user's sessions ran under a project label (other than `default`), or the address names one. */
  hasLabels: boolean;
  /** What the address has picked. */
  picked: 'group' | 'label' | undefined;
}

/**
 * What the help under the picker says: how the figures of what is shown are counted, or, before a pick, of
 * what can be picked — a group and a label count different people, and a user who leads no group can pick
 * only labels.
 */
export function pickerHelp({ leadsGroups, hasLabels, picked }: PickerChoices): PickerHelp[] {
  if (picked === 'group') return ['how'];
  if (picked === 'label') return leadsGroups ? ['howLabel', 'howLabelVsGroup'] : ['howLabel'];
  if (!leadsGroups && !hasLabels) return ['none'];
  const help: PickerHelp[] = [];
  if (leadsGroups) help.push('how');
  if (hasLabels) help.push('howLabel');
  return help;
}
