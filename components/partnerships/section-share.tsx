'use client';

import { useTranslations } from 'next-intl';
import { shareSectionAction } from '@/lib/partnerships/actions';
import { FormError } from '@/components/ui/field';
import { usePartnershipRun } from './use-partnership-run';

/** The managers' share toggle on the document: which partnerships co-edit this written section. */
export function SectionShare(props: {
  workspaceId: string;
  sectionId: string;
  title: string;
  partnerships: { id: string; title: string }[];
  shared: string[];
}) {
  const t = useTranslations('partnerships');
  const { pending, error, run } = usePartnershipRun();
  const toggle = (partnershipId: string, shared: boolean) =>
    run(() => shareSectionAction(props.workspaceId, { partnershipId, sectionId: props.sectionId, shared }));
  return (
    <details className="section-share no-print">
      <summary>{props.shared.length ? t('sharedCount', { count: props.shared.length }) : t('shareWith')}</summary>
      <fieldset>
        <legend>{t('shareWithLegend', { title: props.title })}</legend>
        <FormError message={error} />
        {props.partnerships.map((p) => (
          <div key={p.id} className="checkbox">
            <input
              type="checkbox"
              id={`share-${props.sectionId}-${p.id}`}
              checked={props.shared.includes(p.id)}
              disabled={pending}
              onChange={(e) => toggle(p.id, e.target.checked)}
            />
            <label htmlFor={`share-${props.sectionId}-${p.id}`}>{p.title}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
