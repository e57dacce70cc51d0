import { useTranslation } from 'react-i18next';
import type { MemberUsage } from '@/api/usage/usage-figures';
import { DataSection, type Column } from './data-section';
import { UsageBarChart } from './usage-bar-chart';
import { useUsageFormat } from './use-usage-format';

/** A project's figures per member: a bar of CPU core-hours each, and the table of every figure. */
export function MembersSection({
  members,
  fileName,
  roleOf,
}: {
  members: readonly MemberUsage[];
  fileName: string;
  /** The member's role in the group, as shown (GMS groups only). */
  roleOf?: (username: string) => string;
}) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const amount = (pick: (member: MemberUsage) => number, header: string): Column<MemberUsage> => ({
    header,
    value: pick,
    render: (member) => format.amount(pick(member)),
    numeric: true,
  });
  const columns: Column<MemberUsage>[] = [
    { header: t('usage.projects.member'), value: (member) => member.username },
    ...(roleOf
      ? [{ header: t('usage.groups.roleHeader'), value: (member: MemberUsage) => roleOf(member.username) }]
      : []),
    amount((member) => member.cpuCoreHours, t('usage.totals.cpuCoreHours')),
    amount((member) => member.memoryGibHours, t('usage.totals.memoryGibHours')),
    amount((member) => member.gpuHours, t('usage.totals.gpuHours')),
    amount((member) => member.sessionHours, t('usage.totals.sessionHours')),
    {
      header: t('usage.totals.sessions'),
      value: (member) => member.sessions,
      render: (member) => format.count(member.sessions),
      numeric: true,
    },
  ];
  return (
    <DataSection
      title={t('usage.projects.members')}
      fileName={fileName}
      columns={columns}
      rows={members}
      rowKey={(member) => member.username}
      chart={
        <UsageBarChart
          data={members.map((member) => ({ username: member.username, cpu: member.cpuCoreHours }))}
          categoryKey="username"
          series={[{ key: 'cpu', label: t('usage.totals.cpuCoreHours') }]}
          formatValue={format.amount}
        />
      }
    />
  );
}
