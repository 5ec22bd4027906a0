'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { initializeDocumentAction } from '@/lib/strategy-document/actions';
import { FormError } from '@/components/ui/field';
import { useDocumentMessage } from './use-document-message';

/** Creates the default outline, its written sections titled in the person's language. */
export function InitializeButton({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations('document');
  const locale = useLocale() === 'en' ? 'en' : 'fr';
  const tr = useDocumentMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () => initializeDocumentAction(workspaceId, { locale }),
    onSuccess: (result) => (result.ok ? router.refresh() : setError(tr(result.message) ?? result.message)),
    onError: () => setError(t('errors.network')),
  });
  return (
    <div className="stack">
      <button type="button" className="button primary" onClick={() => run.mutate()} disabled={run.isPending}>
        {t('initialize')}
      </button>
      <FormError message={error} />
    </div>
  );
}
