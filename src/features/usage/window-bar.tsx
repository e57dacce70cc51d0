import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  MAX_RANGE_DAYS,
  dayText,
  firstHeldDay,
  parseDateRange,
  type DateRangeError,
  type DateRangeInput,
} from '@/api/usage/date-range';
import { UsageNav, WindowPicker } from './usage-nav';
import type { PeriodChoice, UsagePeriod } from './use-usage-window';
import { useUsageFormat } from './use-usage-format';

interface WindowBarProps {
  period?: UsagePeriod;
  onWindowChange?: (choice: PeriodChoice) => void;
  onRangeChange?: (range: DateRangeInput) => void;
  /** Epoch ms the figures end at (the platform view, which has no period). */
  time: number;
}

/** The views, the period picker (with a custom range of days), and the period in words (announced when it changes). */
export function WindowBar({ period, onWindowChange, onRangeChange, time }: WindowBarProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const range = period?.range;
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <UsageNav period={period} />
        {period && onWindowChange && <WindowPicker value={period.choice} onChange={onWindowChange} />}
      </Group>
      {period?.choice === 'custom' && onRangeChange && (
        <RangeForm input={period.input} now={period.now} error={period.error} onChange={onRangeChange} />
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        {range
          ? t('usage.range.summary', {
              from: format.day(range.start),
              to: format.day(range.end - 1),
              count: range.days,
            })
          : period && period.choice !== 'custom'
            ? `${t(`usage.window.${period.choice}`)} · ${t('usage.window.until', { time: format.dateTime(time) })}`
            : !period && t('usage.window.until', { time: format.dateTime(time) })}
      </Text>
    </Stack>
  );
}

/** Two native date fields: the first and the last day, both included. */
function RangeForm({
  input,
  now,
  error,
  onChange,
}: {
  now: number;
  input: DateRangeInput | undefined;
  /** What is wrong with the range in the URL, shown until the person fixes it. */
  error: DateRangeError | undefined;
  onChange: (range: DateRangeInput) => void;
}) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const [from, setFrom] = useState(input?.from ?? '');
  const [to, setTo] = useState(input?.to ?? '');
  const [problem, setProblem] = useState<DateRangeError | undefined>(error);
  // Another range in the URL (a shared link, the back button) resets what the fields hold. The form stays: its
  // own Show keeps focus, where a form made again would drop it to the page.
  const [shown, setShown] = useState(input);
  if (input?.from !== shown?.from || input?.to !== shown?.to) {
    setShown(input);
    setFrom(input?.from ?? '');
    setTo(input?.to ?? '');
    setProblem(error);
  }
  const today = dayText(now);
  const firstDay = firstHeldDay(now);
  const message =
    problem && t(`usage.range.errors.${problem}`, { max: MAX_RANGE_DAYS, day: format.day(firstDay) });
  const fromField = useRef<HTMLInputElement>(null);
  const toField = useRef<HTMLInputElement>(null);
  const isOnFrom = (error: DateRangeError | undefined) =>
    error === 'fromInvalid' || error === 'order' || error === 'tooOld';
  const onFrom = isOnFrom(problem);
  function handleSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const parsed = parseDateRange({ from, to }, now);
    if (!parsed.ok) {
      // the message is drawn first, so the field that takes focus is read out with it as its description
      flushSync(() => {
        setProblem(parsed.error);
      });
      (isOnFrom(parsed.error) ? fromField : toField).current?.focus();
      return;
    }
    setProblem(undefined);
    onChange({ from, to });
  }
  return (
    <form onSubmit={handleSubmit} aria-label={t('usage.range.label')} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          ref={fromField}
          label={t('usage.range.from')}
          value={from}
          min={dayText(firstDay)}
          max={today}
          onChange={(event) => {
            setFrom(event.currentTarget.value);
          }}
          error={onFrom ? message : undefined}
          w={180}
        />
        <TextInput
          type="date"
          ref={toField}
          label={t('usage.range.to')}
          value={to}
          min={dayText(firstDay)}
          max={today}
          onChange={(event) => {
            setTo(event.currentTarget.value);
          }}
          error={!onFrom ? message : undefined}
          description={t('usage.range.hint', { day: format.day(firstDay) })}
          w={220}
        />
        <Button type="submit" mt={25}>
          {t('usage.range.apply')}
        </Button>
      </Group>
    </form>
  );
}
