import { Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMediaQuery, useMergedRef } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconFile,
  IconFolder,
  IconLink,
  IconLock,
  IconWorld,
  IconUsers,
} from '@tabler/icons-react';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useRef, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { unaddressableCharacters } from '@/api/storage/cavern-names';
import type { StorageEntry } from '@/api/storage/listing';
import { listCharacters } from '@/components/describe-error';
import { revealBidiControls } from '@/lib/names';
import { formatBytes } from '@/lib/format-bytes';
import { formatDate, formatDay } from './format';
import { scrollTopToReveal } from './grid-scroll';
import { CutName, cutNameClass } from './cut-name';
import classes from './file-grid.module.css';
import dangerClasses from './storage.module.css';
import { hasChecksumMismatch } from './checksum-marks';
import type { SortDirection, SortKey } from './listing-state';
import { typeOf } from './listing-state';
import { clickRow, moveActive, pathsOf, selectAll, toggleActive, type Selection } from './selection';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
const UNMEASURED: Rect = { width: 800, height: 480 };

/** A grid not laid out yet (a hidden tab, a DOM without layout) still renders its first screen of rows. */
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => {
    report(rect.height > 0 ? rect : UNMEASURED);
  });
}

interface FileGridProps {
  /** The focusable list, for focus to return to. */
  listRef?: Ref<HTMLDivElement>;
  entries: readonly StorageEntry[];
  folderName: string;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  onOpen: (entry: StorageEntry) => void;
  onDeleteKey: () => void;
  sort: SortKey;
  direction: SortDirection;
  onSortChange: (sort: SortKey, direction: SortDirection) => void;
  /** Files whose upload in this tab failed its checksum (checksum-marks.ts). */
  mismatches: ReadonlyMap<string, string | undefined>;
}

/**
 * The folder's rows as an ARIA grid: one tab stop, the cursor moved with the arrow keys and announced through
 * `aria-activedescendant`; only the rows in view (plus a few) exist in the DOM, whatever the folder's size.
 */
export const FileGrid = memo(function FileGrid(props: FileGridProps) {
  const { entries, selection, onSelectionChange } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useMergedRef(scrollRef, props.listRef);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  // Name takes what is left; size and date are sized for their longest form ("1,023.9 MB", "461 octets",
  // "Sep 30, 2026, 12:59 PM", "30 sept. 2026, 23:59") so they never cut.
  const columns = wide ? 'minmax(0, 1fr) 7.5rem 14rem 6rem' : 'minmax(0, 1fr) 7rem';

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual hands back a mutable instance; the compiler leaves this component alone, as it should
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    initialRect: UNMEASURED,
    observeElementRect: observeRect,
  });

  const rowId = (index: number) => `${id}-row-${index}`;
  const active = Math.min(selection.active, Math.max(0, entries.length - 1));
  // The row a key moved the cursor to, until a render shows the cursor there: React first runs any effect still
  // pending from a render before the key (the virtualizer's, after a scroll), which has the old cursor and must
  // not take the move as done.
  // A list that opens on a row further down (the folder the user came back from) shows it, as a key's move would.
  const keyboardTarget = useRef<number | undefined>(selection.active > 0 ? selection.active : undefined);
  const revealPending = useRef<number | undefined>(undefined);
  useEffect(() => {
    const grid = scrollRef.current;
    if (keyboardTarget.current === active && grid) {
      keyboardTarget.current = undefined;
      // Rows have a fixed height, so the row's place is known before it is drawn: show it whole, below the
      // sticky header (the virtualizer's own scroll ignores that header and the list's border).
      const rowTop = HEADER_HEIGHT + active * ROW_HEIGHT;
      const top = scrollTopToReveal({
        scrollTop: grid.scrollTop,
        height: grid.clientHeight,
        header: HEADER_HEIGHT,
        rowTop,
        rowBottom: rowTop + ROW_HEIGHT,
      });
      if (top !== undefined) grid.scrollTop = top;
      revealPending.current = active;
    }
    // Then the page, where the list runs past the window's edge or under its fixed bars (rows' scroll-margin),
    // once the virtualizer has drawn the row (after the scroll above, in a later render).
    if (revealPending.current === undefined) return;
    const row = document.getElementById(rowId(revealPending.current));
    if (!row) return;
    revealPending.current = undefined;
    row.scrollIntoView({ block: 'nearest' });
  });

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || entries.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const move = (to: number) => {
      event.preventDefault();
      const next = moveActive(selection, pathsOf(entries), to, event.shiftKey);
      keyboardTarget.current = next.active;
      onSelectionChange(next);
    };
    switch (event.key) {
      case 'ArrowDown': {
        move(active + 1);
        return;
      }
      case 'ArrowUp': {
        move(active - 1);
        return;
      }
      case 'PageDown': {
        move(active + page);
        return;
      }
      case 'PageUp': {
        move(active - page);
        return;
      }
      case 'Home': {
        move(0);
        return;
      }
      case 'End': {
        move(entries.length - 1);
        return;
      }
      case ' ':
        event.preventDefault();
        onSelectionChange(toggleActive({ ...selection, active }, pathsOf(entries)));
        return;
      case 'Enter': {
        const entry = entries[active];
        if (entry) {
          event.preventDefault();
          props.onOpen(entry);
        }
        return;
      }
      case 'Delete':
        if (selection.selected.size > 0) {
          event.preventDefault();
          props.onDeleteKey();
        }
        return;
      case 'Escape':
        onSelectionChange({ ...selection, selected: new Set() });
        return;
      case 'a':
      case 'A':
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          onSelectionChange(selectAll(pathsOf(entries), selection));
        }
        return;
    }
  }

  function handleRowClick(event: MouseEvent, index: number) {
    onSelectionChange(
      clickRow({ ...selection, active }, pathsOf(entries), index, {
        shift: event.shiftKey,
        toggle: event.ctrlKey || event.metaKey,
      }),
    );
  }

  const sortButton = (key: SortKey, label: string, numeric = false) => {
    const isSorted = props.sort === key;
    const Arrow = props.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <div
        role="columnheader"
        className={`${classes.cell} ${numeric ? classes.numeric : ''}`}
        aria-sort={isSorted ? (props.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <UnstyledButton
          fz="sm"
          fw={600}
          // the whole cell sorts, not only its word: a click beside the label used to do nothing
          className={classes.sortButton}
          aria-label={t('storage.grid.sortBy', { column: label })}
          onClick={() => {
            props.onSortChange(key, isSorted && props.direction === 'asc' ? 'desc' : 'asc');
          }}
        >
          {label} {isSorted && <Arrow size={12} aria-hidden />}
        </UnstyledButton>
      </div>
    );
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={gridRef}
      role="grid"
      tabIndex={0}
      aria-label={t('storage.grid.label', { folder: props.folderName })}
      aria-rowcount={entries.length + 1}
      aria-colcount={wide ? 4 : 2}
      aria-multiselectable="true"
      aria-activedescendant={entries.length > 0 ? rowId(active) : undefined}
      className={classes.grid}
      style={{ height: 'max(320px, calc(100dvh - 380px))' }}
      onKeyDown={handleKeyDown}
    >
      <div role="rowgroup" className={classes.header}>
        <div
          role="row"
          aria-rowindex={1}
          className={classes.headerRow}
          style={{ gridTemplateColumns: columns }}
        >
          {sortButton('name', t('storage.grid.name'))}
          {sortButton('size', t('storage.grid.size'), true)}
          {wide && sortButton('date', t('storage.grid.date'))}
          {wide && sortButton('type', t('storage.grid.type'))}
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          const isSelected = selection.selected.has(entry.path);
          return (
            <div
              key={entry.path}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isSelected}
              className={`${classes.row} ${item.index === active ? classes.active : ''}`}
              style={{
                gridTemplateColumns: columns,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              }}
              onClick={(event) => {
                handleRowClick(event, item.index);
              }}
              onDoubleClick={() => {
                props.onOpen(entry);
              }}
            >
              <div role="gridcell" className={`${classes.cell} ${classes.name}`}>
                <EntryIcon entry={entry} />
                {/* cut in its middle where the column is narrow, its end kept; the pointer shows it whole */}
                <bdi
                  className={`${classes.nameText} ${cutNameClass(revealBidiControls(entry.name))}`}
                  title={revealBidiControls(entry.name)}
                >
                  <CutName name={revealBidiControls(entry.name)} />
                </bdi>
                {/* A link's own rights say nothing of its target's: the target's folder says that itself. */}
                {entry.readable === false && entry.kind !== 'link' && (
                  <RowMark
                    Icon={IconLock}
                    size={14}
                    label={t('storage.grid.noAccess')}
                    tip={
                      entry.kind === 'container' ? t('storage.noAccess.folder') : t('storage.noAccess.file')
                    }
                  />
                )}
                <UnaddressableMark name={entry.name} />
                {hasChecksumMismatch(entry, props.mismatches) && (
                  <RowMark Icon={IconAlertTriangle} label={t('storage.grid.checksumMismatch')} warning />
                )}
                {entry.isPublic && <IconWorld size={14} aria-label={t('storage.grid.public')} role="img" />}
                {entry.groupRead.length + entry.groupWrite.length > 0 && (
                  <IconUsers size={14} aria-label={t('storage.grid.shared')} role="img" />
                )}
              </div>
              <div role="gridcell" className={`${classes.cell} ${classes.numeric}`}>
                {entry.size === undefined ? '' : formatBytes(entry.size, i18n.language)}
                {/* a phone has no Modified column: the day goes under the size, so no fact is lost */}
                {!wide && entry.date !== undefined && (
                  <span className={classes.narrowDate}>
                    <VisuallyHidden>{t('storage.grid.date')} </VisuallyHidden>
                    {formatDay(entry.date, i18n.language)}
                  </span>
                )}
              </div>
              {wide && (
                <div role="gridcell" className={classes.cell}>
                  {entry.date === undefined ? '' : formatDate(entry.date, i18n.language)}
                </div>
              )}
              {wide && (
                <div role="gridcell" className={classes.cell}>
                  {entry.kind === 'data' ? typeOf(entry).replace('\uffff', '') : ''}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});

/** A mark beside a row's name: an icon named for screen readers, with its explanation on hover. */
function RowMark({
  Icon,
  label,
  tip,
  size = 16,
  warning = false,
}: {
  Icon: typeof IconLock;
  label: string;
  tip?: string;
  size?: number;
  warning?: boolean;
}) {
  const icon = (
    <Icon
      size={size}
      role="img"
      aria-label={label}
      className={warning ? dangerClasses.warningText : undefined}
      style={{ flex: 'none' }}
    />
  );
  if (tip === undefined) return icon;
  return (
    <Tooltip label={tip} multiline maw={320}>
      {icon}
    </Tooltip>
  );
}

/** A name cavern cannot reach (a space, `#`…): said in the row, before any action on it fails. */
function UnaddressableMark({ name }: { name: string }) {
  const { t } = useTranslation();
  const characters = unaddressableCharacters(name);
  if (characters.length === 0) return null;
  return (
    <RowMark
      Icon={IconAlertTriangle}
      label={t('storage.grid.unaddressable')}
      tip={t('storage.unaddressable', { characters: listCharacters(characters, t) })}
      warning
    />
  );
}

function EntryIcon({ entry }: { entry: StorageEntry }) {
  const { t } = useTranslation();
  const Icon = entry.kind === 'container' ? IconFolder : entry.kind === 'link' ? IconLink : IconFile;
  const label =
    entry.kind === 'container'
      ? t('storage.grid.folder')
      : entry.kind === 'link'
        ? t('storage.grid.link')
        : t('storage.grid.file');
  return <Icon size={18} role="img" aria-label={label} style={{ flex: 'none' }} />;
}
