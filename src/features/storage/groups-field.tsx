import { TagsInput } from '@mantine/core';
import { useState } from 'react';

interface GroupsFieldProps {
  label: string;
  description: string;
  value: string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
  /** The user's own groups, offered as they type; any other group name may still be typed. */
  suggestions: readonly string[];
}

/**
 * Group names, one tag each. The suggestions open only while some match what is typed: Mantine counts an empty,
 * hidden list as open, and an open list keeps Escape from the dialog, so a first Escape would close nothing
 * visible.
 */
export function GroupsField({ label, description, value, onChange, error, suggestions }: GroupsFieldProps) {
  const [search, setSearch] = useState('');
  const [wantsOpen, setWantsOpen] = useState(false);
  const typed = search.trim().toLowerCase();
  const matches = suggestions.filter((name) => !value.includes(name) && name.toLowerCase().includes(typed));
  return (
    <TagsInput
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
      data={matches}
      searchValue={search}
      onSearchChange={setSearch}
      dropdownOpened={wantsOpen && matches.length > 0}
      // Enter, as the hint says, takes the first suggestion, never the half-typed name it matched ("surv")
      selectFirstOptionOnChange
      onDropdownOpen={() => {
        setWantsOpen(true);
      }}
      onDropdownClose={() => {
        setWantsOpen(false);
      }}
      splitChars={[',', ' ']}
      clearable
    />
  );
}
