'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { FormError } from '@/components/ui/field';
import { ACTOR_CATEGORIES, RELATION_TYPES } from '@/db/enums/actors';
import { acceptCensusResponseAction, rejectCensusResponseAction } from '@/lib/census/actions';
import { normalizeName } from '@/lib/actors/names';
import type { AcceptCensusInput, CensusPayload } from '@/lib/census/schemas';
import { useCensusMessage } from './use-census-message';
import { TableRegion } from '@/components/ui/table-region';
import { HeaderRow } from '@/components/ui/data-table';
import { InlineSelect } from '@/components/ui/inline-select';
import { enumItems } from '@/components/ui/select-field';

export type PendingResponse = {
  id: string;
  /** Already formatted on the server, in the person's language and time zone. */
  submittedOn: string;
  linkTitle: string;
  payload: CensusPayload;
  suggestions: { id: string; name: string; city: string | null; country: string | null }[];
};

type Outcome = { kind: 'accepted'; name: string; actorId: string } | { kind: 'rejected'; name: string };

/** The answers waiting for an editor: accept (create or merge the actor, with its partners and relations) or reject. */
export function ModerationQueue({
  workspaceId,
  slug,
  responses,
  countryNames,
}: {
  workspaceId: string;
  slug: string;
  responses: PendingResponse[];
  countryNames: Record<string, string>;
}) {
  const t = useTranslations('census.moderation');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div className="stack">
      <div role="status">
        {outcome ? (
          <p className="form-success">
            {outcome.kind === 'accepted' ? (
              <>
                {t('accepted', { name: outcome.name })} <Link href={`/${slug}/actors/${outcome.actorId}`}>{t('openActor', { name: outcome.name })}</Link>
              </>
            ) : (
              t('rejected', { name: outcome.name })
            )}
          </p>
        ) : null}
      </div>
      {responses.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {responses.map((r) => (
        <ResponseCard key={r.id} workspaceId={workspaceId} response={r} countryNames={countryNames} onDone={setOutcome} />
      ))}
    </div>
  );
}

function ResponseCard({
  workspaceId,
  response,
  countryNames,
  onDone,
}: {
  workspaceId: string;
  response: PendingResponse;
  countryNames: Record<string, string>;
  onDone: (o: Outcome) => void;
}) {
  const t = useTranslations('census.moderation');
  const tf = useTranslations('census.form');
  const ta = useTranslations('actors');
  const tc = useCensusMessage();
  const router = useRouter();
  const p = response.payload;
  const base = `response-${response.id}`;
  // Merging is proposed first only for an actor with exactly the same normalised name.
  const exact = response.suggestions.find((s) => normalizeName(s.name) === normalizeName(p.organisation));
  const [target, setTarget] = useState<string>(exact?.id ?? 'new');
  const [links, setLinks] = useState<AcceptCensusInput['links']>(p.links.map((l) => ({ partnerCategory: 'partner_authority', relationType: l.kind })));
  type Link = AcceptCensusInput['links'][number];
  const partnerCategories = enumItems(ACTOR_CATEGORIES.external, (c) => ta(`categories.${c}`));
  const relationTypes = enumItems(RELATION_TYPES, (type) => ta(`relationTypes.${type}`));
  /** The select of one choice (`key`) about the i-th link the respondent declared. */
  const linkSelect = <K extends keyof Link>(i: number, key: K, label: string, items: { value: Link[K]; label: string }[]) => (
    <InlineSelect
      id={`${base}-${key === 'partnerCategory' ? 'cat' : 'type'}-${i}`}
      label={label}
      value={links[i]![key]}
      onChange={(value) => setLinks(links.map((x, j) => (j === i ? { ...x, [key]: value } : x)))}
      items={items}
    />
  );
  const accept = useMutation({
    mutationFn: () =>
      acceptCensusResponseAction(workspaceId, {
        id: response.id,
        mode: target === 'new' ? 'create' : 'merge',
        actorId: target === 'new' ? null : target,
        links,
      }),
    onSuccess: (result) => {
      if (!result.ok) return;
      const merged = response.suggestions.find((s) => s.id === target);
      onDone({ kind: 'accepted', name: merged?.name ?? p.organisation, actorId: result.data.actorId });
      router.refresh();
    },
  });
  const reject = useMutation({
    mutationFn: () => rejectCensusResponseAction(workspaceId, { id: response.id }),
    onSuccess: (result) => {
      if (!result.ok) return;
      onDone({ kind: 'rejected', name: p.organisation });
      router.refresh();
    },
  });
  const failure = [accept.data, reject.data].find((d) => d && !d.ok);
  const busy = accept.isPending || reject.isPending;
  const hasContact = p.contactName || p.contactRole || p.contactEmail || p.contactPhone;

  return (
    <article className="card stack" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{p.organisation}</h3>
      <dl className="facts">
        <div>
          <dt>{tf('category')}</dt>
          <dd>{ta(`categories.${p.category}`)}</dd>
        </div>
        <div>
          <dt>{tf('city')}</dt>
          <dd>{p.city}</dd>
        </div>
        <div>
          <dt>{t('receivedOn')}</dt>
          <dd>
            {response.submittedOn} · {response.linkTitle}
          </dd>
        </div>
        {hasContact ? (
          <div>
            <dt>{tf('contactLegend')}</dt>
            <dd>{[p.contactName, p.contactRole, p.contactEmail, p.contactPhone].filter(Boolean).join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      {p.description ? <p>{p.description}</p> : null}
      <TableRegion labelledBy={`links-${response.id}`}>
        <table>
          <caption id={`links-${response.id}`} className="visually-hidden">
            {t('linksOf', { name: p.organisation })}
          </caption>
          <thead>
            <HeaderRow columns={[tf('partner'), tf('country'), tf('frequency'), tf('potential'), t('partnerCategory'), t('relationType')]} />
          </thead>
          <tbody>
            {p.links.map((l, i) => (
              <tr key={i}>
                <th scope="row">{l.partner}</th>
                <td>{countryNames[l.country] ?? l.country}</td>
                <td>{tf(`frequencies.${l.frequency}`)}</td>
                <td>{l.potential ?? '—'}</td>
                <td>{linkSelect(i, 'partnerCategory', t('partnerCategoryOf', { partner: l.partner }), partnerCategories)}</td>
                <td>{linkSelect(i, 'relationType', t('relationTypeOf', { partner: l.partner }), relationTypes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <fieldset className="stack">
        <legend>{t('asActor', { name: p.organisation })}</legend>
        <label className="checkbox">
          <input type="radio" name={`${base}-target`} value="new" checked={target === 'new'} onChange={() => setTarget('new')} />
          {t('createNew')}
        </label>
        {response.suggestions.map((s) => (
          <label key={s.id} className="checkbox">
            <input type="radio" name={`${base}-target`} value={s.id} checked={target === s.id} onChange={() => setTarget(s.id)} />
            {t('mergeInto', { name: s.name, place: [s.city, s.country].filter(Boolean).join(', ') || '—' })}
          </label>
        ))}
        {response.suggestions.length ? <p className="hint">{t('mergeHint')}</p> : null}
      </fieldset>
      <FormError message={failure && !failure.ok ? tc(failure.message) : null} />
      <div className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => accept.mutate()}>
          {t('accept', { name: p.organisation })}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => reject.mutate()}>
          {t('reject', { name: p.organisation })}
        </button>
      </div>
    </article>
  );
}
