import { TagsInput } from '@mantine/core';
import { useState } from 'react';
import classes from './storage.module.css';

interface GroupsFieldProps {
  label: string;
  description: string;
  value: string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
  /** A name the user may have mistyped: said under the field, without blocking Save. */
  warning: string | undefined;
  /** The user's own groups, offered as they type; any other group name may still be typed. */
  suggestions: readonly string[];
}

/**
 * Group names, one tag each. The suggestions open only while some match what is typed: Mantine counts an empty,
 * hidden list as open, and an open list keeps Escape from the dialog, so a first Escape would close nothing
 * visible.
 */
export function GroupsField({
  label,
  description,
  value,
  onChange,
  error,
  warning,
  suggestions,
}: GroupsFieldProps) {
  const [search, setSearch] = useState('');
  const [wantsOpen, setWantsOpen] = useState(false);
  // shut from a name's being taken until more is typed
  const [heldShut, setHeldShut] = useState(false);
  const typed = search.trim().toLowerCase();
  const matches = suggestions.filter((name) => !value.includes(name) && name.toLowerCase().includes(typed));
  return (
    <TagsInput
      label={label}
      // The warning is part of the field's description (read with it), and an alert as it appears: text added
      // to a live description went unannounced in Chromium, and a Save pressed as the name was taken (on blur)
      // may miss the button the warning pushes down, so the user must hear why nothing was saved.
      description={
        <>
          {description}
          {warning && (
            <span role="alert" className={`${classes.fieldWarning} ${classes.warningText}`}>
              {warning}
            </span>
          )}
        </>
      }
      value={value}
      onChange={(next) => {
        onChange(next);
        // a name just taken: the list of every other group would cover what is said of it under the field
        if (next.length > value.length) setHeldShut(true);
      }}
      error={error}
      data={matches}
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        if (text !== '') setHeldShut(false);
      }}
      dropdownOpened={wantsOpen && !heldShut && matches.length > 0}
      // No suggestion is chosen for the user: Enter takes the name as typed ("lab", even where "lensing-lab" is
      // offered), and a suggestion only once moved to with the arrow keys, or clicked.
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
