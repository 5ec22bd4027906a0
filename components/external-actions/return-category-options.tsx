'use client';

import { useTranslations } from 'next-intl';
import { RETURN_CATEGORIES, type ReturnScope } from '@/db/enums/external-actions';
import { Options } from '@/components/ui/options';

/** The choices of a return's category: "choose" first, then one `<optgroup>` per scope (territory, administration). */
export function ReturnCategoryOptions() {
  const t = useTranslations('externalActions');
  return (
    <>
      <option value="">{t('form.chooseCategory')}</option>
      {(Object.keys(RETURN_CATEGORIES) as ReturnScope[]).map((scope) => (
        <optgroup key={scope} label={t(`returnScopes.${scope}`)}>
          <Options items={RETURN_CATEGORIES[scope].map((c) => ({ value: c, label: t(`returnCategories.${c}`) }))} />
        </optgroup>
      ))}
    </>
  );
}
