// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pickerHelp } from './picker-help';

describe('the project picker’s help', () => {
  it('explains, before a pick, only the kinds of project the user can pick', () => {
    expect(pickerHelp({ leadsGroups: false, hasLabels: true, picked: undefined })).toEqual(['howLabel']);
    expect(pickerHelp({ leadsGroups: true, hasLabels: false, picked: undefined })).toEqual(['how']);
    expect(pickerHelp({ leadsGroups: true, hasLabels: true, picked: undefined })).toEqual([
      'how',
      'howLabel',
    ]);
    expect(pickerHelp({ leadsGroups: false, hasLabels: false, picked: undefined })).toEqual(['none']);
  });

  it('explains what is shown once picked, setting a label against a group only for someone who leads one', () => {
    expect(pickerHelp({ leadsGroups: true, hasLabels: true, picked: 'group' })).toEqual(['how']);
    expect(pickerHelp({ leadsGroups: true, hasLabels: true, picked: 'label' })).toEqual([
      'howLabel',
      'howLabelVsGroup',
    ]);
    expect(pickerHelp({ leadsGroups: false, hasLabels: true, picked: 'label' })).toEqual(['howLabel']);
  });
});
