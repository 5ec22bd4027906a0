import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Diagnostic } from '@/db/schema';
import { formatDay } from '@/lib/format/dates';
import { Tabs } from '@/components/ui/page-head';

export type DiagnosticTab = 'progress' | 'results' | 'report';

/** Title, date, status and the diagnostic's tabs (progress, results, printable report). */
export async function DiagnosticHeader({
  slug,
  diagnostic,
  current,
  children,
}: {
  slug: string;
  diagnostic: Diagnostic;
  current?: DiagnosticTab;
  children?: React.ReactNode;
}) {
  const t = await getTranslations('diagnostic');
  const format = await getFormatter();
  const base = `/${slug}/diagnostic/${diagnostic.id}`;
  const tabs: { key: DiagnosticTab; href: string }[] = [
    { key: 'progress', href: base },
    { key: 'results', href: `${base}/results` },
    { key: 'report', href: `${base}/report` },
  ];
  return (
    <>
      <p className="no-print">
        <Link href={`/${slug}/diagnostic`}>{t('backToList')}</Link>
      </p>
      <div className="diag-header">
        <div>
          <h1>{diagnostic.title}</h1>
          <p className="muted">
            {formatDay(format, diagnostic.heldOn, 'long')} · <StatusBadge status={diagnostic.status} label={t(`statuses.${diagnostic.status}`)} />
          </p>
        </div>
        {children}
      </div>
      <Tabs
        label={t('tabsLabel')}
        className="no-print"
        listClassName="diag-tabs"
        current={current ?? null}
        items={tabs.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
      />
    </>
  );
}

/** The status of a diagnostic as a small coloured label. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span className="badge diag-status" data-status={status}>
      {label}
    </span>
  );
}

/** A score change with its sign, coloured, and a word for screen readers. */
export function Delta({ value, up, down, same }: { value: number | null; up: string; down: string; same: string }) {
  if (value === null) return <span className="muted">—</span>;
  if (value === 0) return <span>{same}</span>;
  return (
    <span className={value > 0 ? 'delta-up' : 'delta-down'}>
      <span aria-hidden="true">{value > 0 ? `▲ +${value}` : `▼ ${value}`}</span>
      <span className="visually-hidden">{value > 0 ? up : down}</span>
    </span>
  );
}
