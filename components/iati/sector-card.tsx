import { getTranslations } from 'next-intl/server';
import { DAC_SECTORS, dacSector, suggestSector } from '@/lib/iati/sectors';
import type { Locale } from '@/lib/i18n/config';
import { SectorForm } from './sector-form';

/** The action's DAC sector (IATI): the one chosen, or the one suggested from its competencies; editable by whoever edits the action. */
export async function SectorCard({
  workspaceId,
  actionId,
  chosen,
  competencyKeys,
  canEdit,
  locale,
}: {
  workspaceId: string;
  actionId: string;
  chosen: string | null;
  competencyKeys: string[];
  canEdit: boolean;
  locale: Locale;
}) {
  const t = await getTranslations('iati');
  const suggested = suggestSector(competencyKeys);
  const name = (code: string) => dacSector(code)?.[locale] ?? code;
  return (
    <section className="card" aria-labelledby="sector-h" data-sector={chosen ?? suggested}>
      <h2 id="sector-h">{t('sectorTitle')}</h2>
      <p>{chosen ? t('sectorCurrent', { code: chosen, name: name(chosen) }) : t('sectorSuggested', { code: suggested, name: name(suggested) })}</p>
      {canEdit ? (
        <SectorForm
          workspaceId={workspaceId}
          actionId={actionId}
          chosen={chosen}
          suggested={suggested}
          options={DAC_SECTORS.map((s) => ({ code: s.code, label: s[locale] }))}
        />
      ) : null}
    </section>
  );
}
