import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  argsProblem,
  commandProblem,
  envRowProblem,
  type EnvRowProblem,
  type UnsafeCharacter,
} from './launch-request';
import { areArgsSecret, isDetectedSecret } from './launch-secrets';
import { MAX_REPLICAS, type EnvRow } from './launch-state';

interface HeadlessFieldsProps {
  cmd: string;
  args: string;
  argsSecret: boolean;
  env: EnvRow[];
  replicas: number | undefined;
  replicasProblem: 'required' | 'range' | undefined;
  /** Launch was pressed: what is missing (a value, the number of replicas) is said from then on. */
  attempted: boolean;
  onChange: (patch: {
    cmd?: string;
    args?: string;
    argsSecret?: boolean;
    env?: EnvRow[];
    replicas?: number | undefined;
  }) => void;
}

const REPLICAS_MESSAGE = {
  required: 'launch.form.replicasRequired',
  range: 'launch.form.replicasRange',
} as const;

const UNSAFE_MESSAGE = {
  $: 'launch.form.unsafeDollar',
  '"': 'launch.form.unsafeQuote',
  '\\': 'launch.form.unsafeBackslash',
} as const satisfies Record<UnsafeCharacter, string>;

/** The message under a variable's value, if its problem is there rather than in the name. */
const VALUE_MESSAGE = {
  key: undefined,
  empty: 'launch.form.envEmptyProblem',
  equals: 'launch.form.envEqualsProblem',
  ...UNSAFE_MESSAGE,
} as const satisfies Record<EnvRowProblem, string | undefined>;

/**
 * Command, arguments, `KEY=VALUE` environment rows and replicas of a headless job. Each value and the
 * arguments can be marked secret (launch-secrets.ts): it then stays out of the URL.
 */
export function HeadlessFields({
  cmd,
  args,
  argsSecret,
  env,
  replicas,
  replicasProblem,
  attempted,
  onChange,
}: HeadlessFieldsProps) {
  const { t } = useTranslation();
  const cmdProblem = commandProblem(cmd);
  const argsIssue = argsProblem(args);
  const setRow = (index: number, row: EnvRow) => {
    onChange({ env: env.map((current, at) => (at === index ? row : current)) });
  };
  return (
    <Fieldset legend={t('launch.form.job')} variant="unstyled">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('launch.form.cmd')}
            description={t('launch.form.cmdHint')}
            value={cmd}
            error={
              cmdProblem === 'space'
                ? t('launch.form.cmdSpaceProblem')
                : cmdProblem && t(UNSAFE_MESSAGE[cmdProblem])
            }
            onChange={(event) => {
              onChange({ cmd: event.currentTarget.value });
            }}
          />
          <TextInput
            label={t('launch.form.args')}
            description={t('launch.form.argsHint')}
            value={args}
            error={argsIssue && t(UNSAFE_MESSAGE[argsIssue])}
            onChange={(event) => {
              onChange({ args: event.currentTarget.value });
            }}
            autoComplete="off"
          />
        </SimpleGrid>
        <Checkbox
          label={t('launch.form.argsSecretLabel')}
          checked={areArgsSecret(args, argsSecret)}
          disabled={areArgsSecret(args, false)}
          onChange={(event) => {
            onChange({ argsSecret: event.currentTarget.checked });
          }}
        />
        {env.map((row, index) => {
          const problem = envRowProblem(row);
          // A value not given yet is what a remembered launch brings back: said once Launch is pressed, as a
          // missing image is. What was typed wrong is said at once.
          const valueMessage =
            problem && (problem !== 'empty' || attempted) ? VALUE_MESSAGE[problem] : undefined;
          const position = index + 1;
          const detected = isDetectedSecret(row);
          return (
            // Side by side where there is room; a line each on a phone, where four across left the names ~40 px.
            // Stacked, a row's fields are told from the next one's by the space under them.
            <Group key={index} gap="xs" align="flex-start" wrap="wrap" mb={{ base: 'md', sm: 0 }}>
              <TextInput
                label={t('launch.form.envKey', { position })}
                value={row.key}
                error={problem === 'key' ? t('launch.form.envKeyProblem') : undefined}
                onChange={(event) => {
                  setRow(index, { ...row, key: event.currentTarget.value });
                }}
                w={{ base: '100%', sm: 'auto' }}
                flex={{ base: 'none', sm: 1 }}
              />
              <TextInput
                label={t('launch.form.envValue', { position })}
                // a secret's value is masked, as the registry secret is: screens are shared in workshops. The
                // same input, its type changed, so a value found secret while typed keeps the keyboard.
                type={row.secret || detected ? 'password' : 'text'}
                value={row.value}
                error={valueMessage && t(valueMessage, { key: row.key.trim() })}
                onChange={(event) => {
                  setRow(index, { ...row, value: event.currentTarget.value });
                }}
                w={{ base: '100%', sm: 'auto' }}
                flex={{ base: 'none', sm: 2 }}
                autoComplete="off"
              />
              <Group
                gap="xs"
                wrap="nowrap"
                justify="space-between"
                align="flex-start"
                w={{ base: '100%', sm: 'auto' }}
              >
                <Checkbox
                  mt={{ base: 0, sm: 34 }}
                  label={t('launch.form.envSecret')}
                  // The visible word is in the name; the position tells the rows apart.
                  aria-label={t(detected ? 'launch.form.envSecretDetected' : 'launch.form.envSecretLabel', {
                    position,
                  })}
                  // A detected secret cannot be unmarked: the portal keeps it out of the URL regardless.
                  checked={row.secret || detected}
                  disabled={detected}
                  onChange={(event) => {
                    setRow(index, { ...row, secret: event.currentTarget.checked });
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={{ base: 0, sm: 26 }}
                  size="lg"
                  aria-label={t('launch.form.envRemove', { position })}
                  onClick={() => {
                    onChange({ env: env.filter((_, at) => at !== index) });
                  }}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              onChange({ env: [...env, { key: '', value: '', secret: false }] });
            }}
          >
            {t('launch.form.envAdd')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('launch.form.secretNote')}
        </Text>
        <NumberInput
          label={t('launch.form.replicas')}
          description={t('launch.form.replicasHint', { max: MAX_REPLICAS })}
          min={1}
          max={MAX_REPLICAS}
          // The field holds what is typed, empty too: a number out of range is said at Launch, never replaced
          // (an emptied field that became 1 at once made 8 typed after it 18).
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          value={replicas ?? ''}
          error={
            attempted && replicasProblem
              ? t(REPLICAS_MESSAGE[replicasProblem], { max: MAX_REPLICAS })
              : undefined
          }
          withAsterisk
          maw={240}
          onChange={(value) => {
            onChange({
              replicas: typeof value === 'number' ? value : value === '' ? undefined : Number(value),
            });
          }}
        />
      </Stack>
    </Fieldset>
  );
}
