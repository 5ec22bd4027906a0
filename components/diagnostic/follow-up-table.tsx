import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { FollowUpStatus as Status } from '@/db/schema/diagnostic';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { findRule } from '@/lib/diagnostic/rules';
import { toLocale } from '@/lib/i18n/config';
import { FollowUpStatus } from './follow-up-status';
import { FollowUpEdit } from './follow-up-edit';
import { formatDay } from '@/lib/format/dates';
import { DataTable } from '@/components/ui/data-table';

type Item = {
  id: string;
  diagnosticId: string;
  diagnosticTitle: string;
  ruleKey: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: Status;
  version: number;
};

/** Follow-up items with their finding, owner, due date and status (editable by managers). */
export async function FollowUpTable({
  slug,
  ctx,
  items,
  showDiagnostic,
  caption,
  readOnly,
  owners = [],
}: {
  slug: string;
  ctx: MemberContext;
  items: Item[];
  showDiagnostic?: boolean;
  caption: string;
  readOnly?: boolean;
  owners?: { userId: string; name: string }[];
}) {
  const t = await getTranslations('diagnostic');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const manage = !readOnly && can(ctx.role, 'diagnostic.manage');
  if (items.length === 0) return <p className="muted">{t('followUp.none')}</p>;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <DataTable
      label={caption}
      caption={caption}
      hideCaption
      columns={[
        t('followUp.title'),
        t('followUp.finding'),
        showDiagnostic ? t('followUp.diagnostic') : null,
        t('followUp.owner'),
        t('followUp.dueOn'),
        t('followUp.status'),
      ]}
    >
      {items.map((item) => {
        const late = item.dueOn && item.dueOn < today && (item.status === 'open' || item.status === 'in_progress');
        return (
          <tr key={item.id}>
            <th scope="row">
              {item.title}
              {manage ? <FollowUpEdit workspaceId={ctx.workspaceId} item={item} owners={owners} /> : null}
            </th>
            <td>{findRule(item.ruleKey)?.finding[locale] ?? item.ruleKey}</td>
            {showDiagnostic ? (
              <td>
                <Link href={`/${slug}/diagnostic/${item.diagnosticId}/results`}>{item.diagnosticTitle}</Link>
              </td>
            ) : null}
            <td>{item.ownerName ?? t('followUp.noOwner')}</td>
            <td>
              {item.dueOn ? formatDay(format, item.dueOn) : '—'}
              {late ? <strong className="delta-down"> · {t('followUp.late')}</strong> : null}
            </td>
            <td>{manage ? <FollowUpStatus workspaceId={ctx.workspaceId} item={item} /> : t(`followUp.statuses.${item.status}`)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
