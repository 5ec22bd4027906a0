import { getFormatter, getTranslations } from 'next-intl/server';
import type { CoFinancingOverview } from '@/lib/co-financing/overview-queries';
import { formatMoney } from '@/components/external-actions/money';

/** The dashboard's co-financing figure: what co-funders bring, and how many plans break a call rule. */
export async function CoFinancingContent({ data }: { data: CoFinancingOverview }) {
  const t = await getTranslations('coFinancing');
  const format = await getFormatter();
  if (data.planCount === 0) return <p className="muted">{t('none')}</p>;
  return (
    <>
      <div className="key-figure">
        <strong>{formatMoney(format, data.externalCents)}</strong>
        <span>{t('dashboard.figure')}</span>
      </div>
      <p className="cell-small">
        {t('budget.totals', {
          asked: formatMoney(format, data.askedCents),
          granted: formatMoney(format, data.grantedCents),
          paid: formatMoney(format, data.paidCents),
        })}
      </p>
      <p className={data.flagged.length ? 'warning-text' : 'muted'}>{t('dashboard.flagged', { count: data.flagged.length })}</p>
    </>
  );
}
