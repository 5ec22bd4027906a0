'use client';

import { useTranslations } from 'next-intl';
import { ACTOR_CATEGORIES, ACTOR_FAMILIES, type ActorFamily } from '@/db/enums/actors';
import { Options } from '@/components/ui/options';

/**
 * The `<optgroup>`s of the actor categories, one per family, in the person's language; `families`
 * narrows them (a contact met on a mission is never one of the authority's own, `internal`).
 */
export function ActorCategoryOptions({ families = ACTOR_FAMILIES }: { families?: readonly ActorFamily[] }) {
  const t = useTranslations('actors');
  return families.map((family) => (
    <optgroup key={family} label={t(`families.${family}`)}>
      <Options items={ACTOR_CATEGORIES[family].map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
    </optgroup>
  ));
}

/** The families a person met outside the authority may belong to. */
export const EXTERNAL_FAMILIES = ACTOR_FAMILIES.filter((f) => f !== 'internal');
