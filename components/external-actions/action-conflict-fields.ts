'use client';

import { useTranslations } from 'next-intl';
import type { ConflictField } from '@/components/ui/conflict-panel';
import type { ActionFormOptions } from './action-form-values';

/** The action form's fields as the merge panel shows them, each value worded for a person. */
export function useActionConflictFields(options: ActionFormOptions): ConflictField[] {
  const t = useTranslations('externalActions');
  const nameOf = (list: { id: string; name: string }[]) => (v: unknown) =>
    [v ?? []]
      .flat()
      .map((id) => list.find((x) => x.id === id)?.name ?? String(id))
      .join(', ');
  const rows =
    <T>(show: (row: T) => string) =>
    (v: unknown) =>
      ([v ?? []].flat() as T[]).map(show).join(' ; ');
  return [
    { name: 'title', label: t('fields.title') },
    { name: 'description', label: t('fields.description') },
    { name: 'type', label: t('fields.type'), format: (v) => (v ? t(`types.${v as string}`) : '') },
    {
      name: 'rationales',
      label: t('fields.rationales'),
      format: (v) =>
        [v ?? []]
          .flat()
          .map((r) => t(`rationales.${r as string}`))
          .join(', '),
    },
    { name: 'status', label: t('fields.status'), format: (v) => (v ? t(`statuses.${v as string}`) : '') },
    { name: 'startDate', label: t('fields.startDate') },
    { name: 'endDate', label: t('fields.endDate') },
    {
      name: 'countries',
      label: t('fields.countries'),
      format: (v) =>
        [v ?? []]
          .flat()
          .map((c) => options.countries.find((x) => x.code === c)?.name ?? String(c))
          .join(', '),
    },
    { name: 'partnerIds', label: t('fields.partners'), format: nameOf(options.partners) },
    { name: 'actorIds', label: t('fields.actors'), format: nameOf(options.territorial) },
    {
      name: 'departments',
      label: t('fields.departments'),
      format: rows<{ departmentId: string; mode: string }>((d) => `${nameOf(options.departments)(d.departmentId)} (${t(`modes.${d.mode}`)})`),
    },
    {
      name: 'competencies',
      label: t('fields.competencies'),
      format: rows<{ ref: string; reason?: string }>(
        (c) => `${options.competencies.find((x) => x.ref === c.ref)?.title ?? c.ref}${c.reason ? ` : ${c.reason}` : ''}`,
      ),
    },
    {
      name: 'sdgs',
      label: t('fields.sdgs'),
      format: (v) =>
        [v ?? []]
          .flat()
          .map((n) => t(`sdgs.sdg${n as string}`))
          .join(', '),
    },
    {
      name: 'budgetLines',
      label: t('fields.budget'),
      format: rows<{ year: string; amount: string; fundingSource: string; label?: string }>(
        (l) => `${l.year} · ${l.amount} € · ${t(`fundingSources.${l.fundingSource}`)}${l.label ? ` · ${l.label}` : ''}`,
      ),
    },
    {
      name: 'expectedReturns',
      label: t('fields.expectedReturns'),
      format: rows<{ category: string; description: string }>((e) => `${t(`returnCategories.${e.category}`)} : ${e.description}`),
    },
  ];
}
