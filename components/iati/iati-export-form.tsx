import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ACTION_STATUSES } from '@/db/enums/external-actions';
import { Options } from '@/components/ui/options';

/**
 * The register's IATI export: a plain GET form to /api/workspaces/<slug>/iati.xml, filtered by
 * axis and status (the browser downloads the file). Without a SIREN it says where to enter one.
 */
export async function IatiExportForm({
  slug,
  axes,
  status,
  hasSiren,
  canEditSettings,
}: {
  slug: string;
  axes: { id: string; title: string }[];
  status?: string;
  hasSiren: boolean;
  canEditSettings: boolean;
}) {
  const t = await getTranslations('iati');
  const ta = await getTranslations('externalActions');
  if (!hasSiren) {
    return (
      <p className="muted" data-iati-export="missing-siren">
        {t('sirenMissing')} {canEditSettings ? <Link href={`/${slug}/settings`}>{t('settingsLink')}</Link> : null}
      </p>
    );
  }
  return (
    <form method="get" action={`/api/workspaces/${slug}/iati.xml`} className="card stack" aria-labelledby="iati-export-h">
      <h2 id="iati-export-h">{t('exportTitle')}</h2>
      <p className="hint">{t('exportHint')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="iati-axis">{t('axis')}</label>
          <select id="iati-axis" name="axis" defaultValue="">
            <Options empty={t('allAxes')} items={axes.map((a) => ({ value: a.id, label: a.title }))} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="iati-status">{t('status')}</label>
          <select id="iati-status" name="status" defaultValue={status ?? ''}>
            <Options empty={t('allStatuses')} items={ACTION_STATUSES.map((s) => ({ value: s, label: ta(`statuses.${s}`) }))} />
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('exportButton')}
        </button>
      </div>
    </form>
  );
}
