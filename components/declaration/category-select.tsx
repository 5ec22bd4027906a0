'use client';

import { useTranslations } from 'next-intl';
import { setAidCategoryAction } from '@/lib/declaration/actions';
import { FormError } from '@/components/ui/field';
import { Options } from '@/components/ui/options';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

/** Chooses an action's declaration category; saved at once, the page's figures follow. */
export function CategorySelect({
  workspaceId,
  actionId,
  title,
  value,
  options,
}: {
  workspaceId: string;
  actionId: string;
  title: string;
  value: string | null;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations('declaration');
  const mutation = useRefreshingMutation((category: string) => setAidCategoryAction(workspaceId, { actionId, category: (category || null) as never }));
  const result = mutation.data;
  const id = `category-${actionId}`;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('categoryFor', { title })}
      </label>
      <select id={id} defaultValue={value ?? ''} onChange={(e) => mutation.mutate(e.target.value)} disabled={mutation.isPending}>
        <Options empty={t('noCategory')} items={options.map((o) => ({ value: o.value, label: o.label }))} />
      </select>
      <FormError message={result && !result.ok ? result.message : null} />
      {result?.ok ? (
        <span role="status" className="visually-hidden">
          {t('saved')}
        </span>
      ) : null}
    </>
  );
}
