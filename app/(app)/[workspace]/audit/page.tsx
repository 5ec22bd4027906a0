import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { AuditFilter } from '@/lib/audit/schemas';
import { listAuditEntityTypes, listAuditEntries } from '@/lib/audit/queries';
import { listMembers } from '@/lib/workspaces/queries';
import { formatMoment } from '@/lib/format/dates';
import { DataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { paginationWords } from '@/lib/shell/list';
import { FilterActions, filterSelects } from '@/components/ui/filters';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('nav', 'audit');

type Translate = Awaited<ReturnType<typeof getTranslations<'audit'>>>;

/**
 * The entry's changes as one line. A membership entry names its member (not their id) and its
 * roles in the reader's language.
 */
function describeChanges(changes: Record<string, unknown> | null, subject: { name: string | null; roles: (role: unknown) => string; t: Translate } | null) {
  if (!changes) return '';
  return Object.entries(changes)
    .map(([key, value]) => {
      if (subject && key === 'userId') return subject.t('member', { name: subject.name ?? subject.t('erasedMember') });
      if (subject && key === 'role') {
        if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
          const v = value as { from: unknown; to: unknown };
          return subject.t('roleChange', { from: subject.roles(v.from), to: subject.roles(v.to) });
        }
        return subject.t('role', { role: subject.roles(value) });
      }
      if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
        const v = value as { from: unknown; to: unknown };
        return `${key}: ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`;
      }
      return `${key}: ${JSON.stringify(value)}`;
    })
    .join('; ');
}

/** The workspace's audit log for admins, filtered by person, entity type and date range. */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'audit.read', 'audit');
  const tr = await getTranslations('roles');
  const roles = (role: unknown) => (typeof role === 'string' && tr.has(role as never) ? tr(role as never) : String(role));
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = AuditFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : AuditFilter.parse({});
  const { rows, total, pageSize } = listAuditEntries(db, ctx, filter);
  const people = listMembers(db, ctx);
  const types = listAuditEntityTypes(db, ctx);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v && k !== 'page') q.set(k, String(v));
    q.set('page', String(page));
    return `/${slug}/audit?${q.toString()}`;
  };
  const select = filterSelects(filter, 'f');
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(/\./g, '_')}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form method="get" className="filters" aria-label={t('filters')}>
        {select(
          'userId',
          t('person'),
          t('anyone'),
          people.map((p) => ({ value: p.userId, label: p.name })),
        )}
        {select(
          'entityType',
          t('entityType'),
          t('anyType'),
          types.map((type) => ({ value: type, label: entityLabel(type) })),
        )}
        <div className="field">
          <label htmlFor="f-from">{t('from')}</label>
          <input id="f-from" type="date" name="from" defaultValue={filter.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-to">{t('to')}</label>
          <input id="f-to" type="date" name="to" defaultValue={filter.to ?? ''} />
        </div>
        <FilterActions apply={t('apply')} reset={t('reset')} resetHref={`/${slug}/audit`} />
      </form>
      {!parsed.success ? (
        <p className="form-error" role="alert" data-form-error>
          {t('invalidFilter')}
        </p>
      ) : null}
      <p role="status">{t('count', { count: total })}</p>
      <DataTable id="audit" caption={t('title')} hideCaption columns={[t('when'), t('person'), t('action'), t('entityType'), t('changes')]}>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{formatMoment(format, row.createdAt)}</td>
            <td>{row.userName ?? t('system')}</td>
            <td>{actionLabel(row.action)}</td>
            <td>{entityLabel(row.entityType)}</td>
            <td className="changes">{describeChanges(row.changes, row.entityType === 'membership' ? { name: row.subjectName, roles, t } : null)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={filter.page} pages={pages} href={pageHref} {...paginationWords(t, filter.page, pages)} />
    </>
  );
}
