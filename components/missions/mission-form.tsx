'use client';

import { useFieldArray } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { FundingSource } from '@/db/enums/departments';
import { MISSION_DIRECTIONS, MISSION_KINDS, PARTICIPANT_KINDS, DEFAULT_DEBRIEF_DAYS } from '@/db/enums/missions';
import type { MissionFormValues } from '@/lib/missions/schemas';
import type { ActionResult } from '@/lib/errors';
import type { MissionFormOptions } from '@/lib/missions/form-options';
import { createMissionAction, updateMissionAction } from '@/lib/missions/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useMissionsMessage } from './use-message';
import { MissionProgramme } from './mission-programme';
import { RepeatedFieldsets } from '@/components/ui/repeated-fieldsets';
import { Select, enumItems, namedItems } from '@/components/ui/select-field';

export const EMPTY_MISSION: MissionFormValues = {
  title: '',
  kind: 'technical',
  direction: 'abroad',
  country: '',
  city: '',
  purpose: '',
  startDate: '',
  endDate: '',
  partnershipId: '',
  actionIds: [],
  participants: [],
  meetings: [],
  budgetLines: [],
  documents: [],
  debriefAssigneeId: '',
  debriefDays: String(DEFAULT_DEBRIEF_DAYS),
};

type Props = {
  workspaceId: string;
  slug: string;
  options: MissionFormOptions;
  countries: { code: string; name: string }[];
  fundingSources: readonly FundingSource[];
  /** For an edit: the mission's id, version and stored values. */
  mission?: { id: string; version: number; values: MissionFormValues };
};

/** Records or edits a mission or a delegation: the trip, its participants, its day-by-day programme, its costs and documents, and who writes the debrief. */
export function MissionForm({ workspaceId, slug, options, countries, fundingSources, mission }: Props) {
  const t = useTranslations('missions');
  const ta = useTranslations('externalActions');
  const router = useRouter();
  const message = useMissionsMessage();
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: mission?.values ?? EMPTY_MISSION,
    version: mission?.version,
    action: (values: MissionFormValues, version: number): Promise<ActionResult<{ id?: string; version?: number }>> =>
      mission ? updateMissionAction(workspaceId, { ...values, id: mission.id, version }) : createMissionAction(workspaceId, values),
    onSuccess: (data) => {
      const id = mission?.id ?? data.id;
      router.push(`/${slug}/missions/${id}`);
      router.refresh();
    },
  });
  const { control, register, watch } = form;
  const errors = form.formState.errors as Record<string, unknown>;
  /** The error of a (possibly nested) field, by its dotted path. */
  const err = (path: string) => {
    let node: unknown = errors;
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return message((node as { message?: string } | undefined)?.message);
  };
  const participants = useFieldArray({ control, name: 'participants' as never, keyName: 'key' });
  const budgetLines = useFieldArray({ control, name: 'budgetLines' as never, keyName: 'key' });
  const documents = useFieldArray({ control, name: 'documents' as never, keyName: 'key' });
  const participantValues = (watch('participants') as MissionFormValues['participants']) ?? [];
  const memberParticipants = participantValues.flatMap((p) => (p?.kind === 'member' && p.userId ? [p.userId] : []));
  const assignable = options.members.filter((m) => m.canDebrief && memberParticipants.includes(m.id));
  const year = String(new Date().getFullYear());

  return (
    <form onSubmit={onSubmit} noValidate className="stack mission-form">
      <FormError message={message(formError)} />
      <fieldset className="card stack">
        <legend>{t('form.trip')}</legend>
        <Field id="m-title" label={t('fields.title')} error={err('title')} required>
          {(p) => <input {...p} type="text" maxLength={160} autoComplete="off" {...register('title')} />}
        </Field>
        <div className="grid-2">
          <Field id="m-kind" label={t('fields.kind')} error={err('kind')} required>
            {(p) => <Select {...p} field={register('kind')} items={enumItems(MISSION_KINDS, (k) => t(`kinds.${k}`))} />}
          </Field>
          <Field id="m-direction" label={t('fields.direction')} error={err('direction')} required>
            {(p) => <Select {...p} field={register('direction')} items={enumItems(MISSION_DIRECTIONS, (d) => t(`directions.${d}`))} />}
          </Field>
          <Field id="m-country" label={t('fields.country')} hint={t('fields.countryHint')} error={err('country')} required>
            {(p) => <Select {...p} field={register('country')} empty={t('choose')} items={countries.map((c) => ({ value: c.code, label: c.name }))} />}
          </Field>
          <Field id="m-city" label={t('fields.city')} error={err('city')}>
            {(p) => <input {...p} type="text" maxLength={120} autoComplete="off" {...register('city')} />}
          </Field>
          <Field id="m-start" label={t('fields.startDate')} error={err('startDate')} required>
            {(p) => <input {...p} type="date" {...register('startDate')} />}
          </Field>
          <Field id="m-end" label={t('fields.endDate')} error={err('endDate')} required>
            {(p) => <input {...p} type="date" {...register('endDate')} />}
          </Field>
        </div>
        <Field id="m-purpose" label={t('fields.purpose')} error={err('purpose')}>
          {(p) => <textarea {...p} rows={3} maxLength={4000} {...register('purpose')} />}
        </Field>
        <Field id="m-partnership" label={t('fields.partnership')} error={err('partnershipId')}>
          {(p) => (
            <Select {...p} field={register('partnershipId')} empty={t('none')} items={options.partnerships.map((o) => ({ value: o.id, label: o.title }))} />
          )}
        </Field>
        <fieldset className="checkbox-list">
          <legend>{t('fields.actions')}</legend>
          {err('actionIds') ? <p className="field-error">{err('actionIds')}</p> : null}
          {options.actions.length === 0 ? <p className="hint">{t('form.noActions')}</p> : null}
          <div className="checkbox-scroll">
            {options.actions.map((a) => (
              <label key={a.id} className="checkbox">
                <input type="checkbox" value={a.id} {...register('actionIds')} /> {a.title}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="card stack">
        <legend>{t('form.participants')}</legend>
        {err('participants') ? (
          <p className="field-error" role="alert">
            {err('participants')}
          </p>
        ) : null}
        <RepeatedFieldsets
          fields={participants.fields}
          legend={(n) => t('form.participantN', { n })}
          removeLabel={(n) => t('form.removeParticipant', { n })}
          onRemove={participants.remove}
          addLabel={t('form.addParticipant')}
          onAdd={() => participants.append({ kind: 'member', userId: '', actorId: '', departmentId: '', name: '', role: '' } as never)}
        >
          {(i) => {
            const kind = participantValues[i]?.kind ?? 'member';
            return (
              <>
                <Field id={`p-${i}-kind`} label={t('fields.participantKind')} error={err(`participants.${i}.kind`)} required>
                  {(p) => (
                    <Select
                      {...p}
                      field={register(`participants.${i}.kind` as const)}
                      items={enumItems(PARTICIPANT_KINDS, (k) => t(`participantKinds.${k}`))}
                    />
                  )}
                </Field>
                {kind === 'member' ? (
                  <Field id={`p-${i}-user`} label={t('fields.member')} error={err(`participants.${i}.userId`)} required>
                    {(p) => <Select {...p} field={register(`participants.${i}.userId` as const)} empty={t('choose')} items={namedItems(options.members)} />}
                  </Field>
                ) : null}
                {kind === 'actor' ? (
                  <Field id={`p-${i}-actor`} label={t('fields.actor')} error={err(`participants.${i}.actorId`)} required>
                    {(p) => (
                      <Select
                        {...p}
                        field={register(`participants.${i}.actorId` as const)}
                        empty={t('choose')}
                        items={options.actors.filter((a) => a.family === 'territorial').map((a) => ({ value: a.id, label: a.name }))}
                      />
                    )}
                  </Field>
                ) : null}
                {kind === 'agent' || kind === 'elected' ? (
                  <Field id={`p-${i}-name`} label={t('fields.participantName')} error={err(`participants.${i}.name`)} required>
                    {(p) => <input {...p} type="text" maxLength={120} autoComplete="off" {...register(`participants.${i}.name` as const)} />}
                  </Field>
                ) : null}
                {kind === 'agent' ? (
                  <Field id={`p-${i}-department`} label={t('fields.department')} error={err(`participants.${i}.departmentId`)} required>
                    {(p) => (
                      <Select {...p} field={register(`participants.${i}.departmentId` as const)} empty={t('choose')} items={namedItems(options.departments)} />
                    )}
                  </Field>
                ) : null}
                <Field id={`p-${i}-role`} label={t('fields.participantRole')} error={err(`participants.${i}.role`)}>
                  {(p) => <input {...p} type="text" maxLength={120} autoComplete="off" {...register(`participants.${i}.role` as const)} />}
                </Field>
              </>
            );
          }}
        </RepeatedFieldsets>
        <div className="grid-2">
          <Field id="m-assignee" label={t('fields.debriefAssignee')} hint={t('fields.debriefAssigneeHint')} error={err('debriefAssigneeId')}>
            {(p) => <Select {...p} field={register('debriefAssigneeId')} empty={t('none')} items={namedItems(assignable)} />}
          </Field>
          <Field id="m-debrief-days" label={t('fields.debriefDays')} error={err('debriefDays')} required>
            {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={180} step={1} {...register('debriefDays')} />}
          </Field>
        </div>
      </fieldset>

      <MissionProgramme workspaceId={workspaceId} form={form} actors={options.actors} err={err} />

      <fieldset className="card stack">
        <legend>{t('form.costs')}</legend>
        <p className="hint">{t('form.costsHint')}</p>
        <RepeatedFieldsets
          fields={budgetLines.fields}
          legend={(n) => t('form.costN', { n })}
          removeLabel={(n) => t('form.removeCost', { n })}
          onRemove={budgetLines.remove}
          addLabel={t('form.addCost')}
          onAdd={() => budgetLines.append({ year, amount: '', fundingSource: 'own_funds', departmentId: '', label: '' } as never)}
        >
          {(i) => (
            <>
              <Field id={`bl-${i}-label`} label={ta('fields.label')} error={err(`budgetLines.${i}.label`)}>
                {(p) => <input {...p} type="text" maxLength={160} autoComplete="off" {...register(`budgetLines.${i}.label` as const)} />}
              </Field>
              <Field id={`bl-${i}-year`} label={ta('fields.year')} error={err(`budgetLines.${i}.year`)} required>
                {(p) => <input {...p} type="number" inputMode="numeric" min={1990} max={2100} step={1} {...register(`budgetLines.${i}.year` as const)} />}
              </Field>
              <Field id={`bl-${i}-amount`} label={ta('fields.amount')} hint={ta('fields.amountHint')} error={err(`budgetLines.${i}.amount`)} required>
                {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...register(`budgetLines.${i}.amount` as const)} />}
              </Field>
              <Field id={`bl-${i}-source`} label={ta('fields.fundingSource')} error={err(`budgetLines.${i}.fundingSource`)} required>
                {(p) => (
                  <Select
                    {...p}
                    field={register(`budgetLines.${i}.fundingSource` as const)}
                    items={enumItems(fundingSources, (s) => ta(`fundingSources.${s}`))}
                  />
                )}
              </Field>
              <Field id={`bl-${i}-department`} label={t('fields.department')} error={err(`budgetLines.${i}.departmentId`)}>
                {(p) => <Select {...p} field={register(`budgetLines.${i}.departmentId` as const)} empty={t('none')} items={namedItems(options.departments)} />}
              </Field>
            </>
          )}
        </RepeatedFieldsets>
      </fieldset>

      <fieldset className="card stack">
        <legend>{t('form.documents')}</legend>
        <RepeatedFieldsets
          fields={documents.fields}
          legend={(n) => t('form.documentN', { n })}
          removeLabel={(n) => t('form.removeDocument', { n })}
          onRemove={documents.remove}
          addLabel={t('form.addDocument')}
          onAdd={() => documents.append({ label: '', url: '' } as never)}
        >
          {(i) => (
            <>
              <Field id={`doc-${i}-label`} label={t('fields.documentLabel')} error={err(`documents.${i}.label`)} required>
                {(p) => <input {...p} type="text" maxLength={160} autoComplete="off" {...register(`documents.${i}.label` as const)} />}
              </Field>
              <Field id={`doc-${i}-url`} label={t('fields.documentUrl')} error={err(`documents.${i}.url`)} required>
                {(p) => <input {...p} type="url" maxLength={1000} autoComplete="off" {...register(`documents.${i}.url` as const)} />}
              </Field>
            </>
          )}
        </RepeatedFieldsets>
      </fieldset>

      <SubmitRow disabled={mutation.isPending}>{mission ? t('form.save') : t('form.create')}</SubmitRow>
    </form>
  );
}
