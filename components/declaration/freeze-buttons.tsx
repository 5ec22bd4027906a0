'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/errors';
import { freezeDeclarationAction, reopenDeclarationAction } from '@/lib/declaration/actions';
import { FormError, FormSuccess } from '@/components/ui/field';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

/** A command on a year's declaration: its refusal, then `note` (given the result, once there is one), then the button. */
function YearCommand({
  run,
  label,
  className,
  note,
}: {
  run: () => Promise<ActionResult<unknown>>;
  label: string;
  className: string;
  note: (result?: ActionResult<unknown>) => ReactNode;
}) {
  const mutation = useRefreshingMutation(run);
  const result = mutation.data;
  return (
    <div className="stack">
      <FormError message={result && !result.ok ? result.message : null} />
      {note(result)}
      <p>
        <button type="button" className={className} onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          {label}
        </button>
      </p>
    </div>
  );
}

/** Confirms and freezes the declaration of a year; the refusal (something missing, already frozen) shows beside it. */
export function FreezeButton({ workspaceId, year }: { workspaceId: string; year: number }) {
  const t = useTranslations('declaration');
  return (
    <YearCommand
      run={() => freezeDeclarationAction(workspaceId, { year })}
      label={t('freeze', { year: String(year) })}
      className="button primary"
      note={(result) => (result?.ok ? <FormSuccess message={t('frozenDone', { year: String(year) })} /> : null)}
    />
  );
}

/** Re-opens a frozen year (admins): the version stays readable, the next freeze is a new version. */
export function ReopenButton({ workspaceId, year }: { workspaceId: string; year: number }) {
  const t = useTranslations('declaration');
  return (
    <YearCommand
      run={() => reopenDeclarationAction(workspaceId, { year })}
      label={t('reopen', { year: String(year) })}
      className="button ghost"
      note={() => <p className="hint">{t('reopenHint')}</p>}
    />
  );
}
