'use client';

import { useTranslations } from 'next-intl';
import { freezeDeclarationAction, reopenDeclarationAction } from '@/lib/declaration/actions';
import { FormError, FormSuccess } from '@/components/ui/field';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

/** Confirms and freezes the declaration of a year; the refusal (something missing, already frozen) shows beside it. */
export function FreezeButton({ workspaceId, year }: { workspaceId: string; year: number }) {
  const t = useTranslations('declaration');
  const mutation = useRefreshingMutation(() => freezeDeclarationAction(workspaceId, { year }));
  const result = mutation.data;
  return (
    <div className="stack">
      <FormError message={result && !result.ok ? result.message : null} />
      {result?.ok ? <FormSuccess message={t('frozenDone', { year: String(year) })} /> : null}
      <p>
        <button type="button" className="button primary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          {t('freeze', { year: String(year) })}
        </button>
      </p>
    </div>
  );
}

/** Re-opens a frozen year (admins): the version stays readable, the next freeze is a new version. */
export function ReopenButton({ workspaceId, year }: { workspaceId: string; year: number }) {
  const t = useTranslations('declaration');
  const mutation = useRefreshingMutation(() => reopenDeclarationAction(workspaceId, { year }));
  const result = mutation.data;
  return (
    <div className="stack">
      <FormError message={result && !result.ok ? result.message : null} />
      <p className="hint">{t('reopenHint')}</p>
      <p>
        <button type="button" className="button ghost" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          {t('reopen', { year: String(year) })}
        </button>
      </p>
    </div>
  );
}
