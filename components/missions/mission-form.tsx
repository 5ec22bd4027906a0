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
import { Field, FormError } from '@/components/ui/field';
import { useMissionsMessage } from './use-message';
import { MissionProgramme } from './mission-programme';

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
            {(p) => (
              <select {...p} {...register('kind')}>
                {MISSION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="m-direction" label={t('fields.direction')} error={err('direction')} required>
            {(p) => (
              <select {...p} {...register('direction')}>
                {MISSION_DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`directions.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="m-country" label={t('fields.country')} hint={t('fields.countryHint')} error={err('country')} required>
            {(p) => (
              <select {...p} {...register('country')}>
                <option value="">{t('choose')}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
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
            <select {...p} {...register('partnershipId')}>
              <option value="">{t('none')}</option>
              {options.partnerships.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
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
        {participants.fields.map((field, i) => {
          const kind = participantValues[i]?.kind ?? 'member';
          return (
            <fieldset key={(field as { key: string }).key} className="subform">
              <legend>{t('form.participantN', { n: i + 1 })}</legend>
              <div className="grid-2">
                <Field id={`p-${i}-kind`} label={t('fields.participantKind')} error={err(`participants.${i}.kind`)} required>
                  {(p) => (
                    <select {...p} {...register(`participants.${i}.kind` as const)}>
                      {PARTICIPANT_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`participantKinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {kind === 'member' ? (
                  <Field id={`p-${i}-user`} label={t('fields.member')} error={err(`participants.${i}.userId`)} required>
                    {(p) => (
                      <select {...p} {...register(`participants.${i}.userId` as const)}>
                        <option value="">{t('choose')}</option>
                        {options.members.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                ) : null}
                {kind === 'actor' ? (
                  <Field id={`p-${i}-actor`} label={t('fields.actor')} error={err(`participants.${i}.actorId`)} required>
                    {(p) => (
                      <select {...p} {...register(`participants.${i}.actorId` as const)}>
                        <option value="">{t('choose')}</option>
                        {options.actors
                          .filter((a) => a.family === 'territorial')
                          .map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.name}
                            </option>
                          ))}
                      </select>
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
                      <select {...p} {...register(`participants.${i}.departmentId` as const)}>
                        <option value="">{t('choose')}</option>
                        {options.departments.map((d) => (
                          <option key={d.id} value={d.id}>
                            {d.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                ) : null}
                <Field id={`p-${i}-role`} label={t('fields.participantRole')} error={err(`participants.${i}.role`)}>
                  {(p) => <input {...p} type="text" maxLength={120} autoComplete="off" {...register(`participants.${i}.role` as const)} />}
                </Field>
              </div>
              <button type="button" className="button small" onClick={() => participants.remove(i)}>
                {t('form.removeParticipant', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => participants.append({ kind: 'member', userId: '', actorId: '', departmentId: '', name: '', role: '' } as never)}
          >
            {t('form.addParticipant')}
          </button>
        </div>
        <div className="grid-2">
          <Field id="m-assignee" label={t('fields.debriefAssignee')} hint={t('fields.debriefAssigneeHint')} error={err('debriefAssigneeId')}>
            {(p) => (
              <select {...p} {...register('debriefAssigneeId')}>
                <option value="">{t('none')}</option>
                {assignable.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
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
        {budgetLines.fields.map((field, i) => (
          <fieldset key={(field as { key: string }).key} className="subform">
            <legend>{t('form.costN', { n: i + 1 })}</legend>
            <div className="grid-2">
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
                  <select {...p} {...register(`budgetLines.${i}.fundingSource` as const)}>
                    {fundingSources.map((s) => (
                      <option key={s} value={s}>
                        {ta(`fundingSources.${s}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`bl-${i}-department`} label={t('fields.department')} error={err(`budgetLines.${i}.departmentId`)}>
                {(p) => (
                  <select {...p} {...register(`budgetLines.${i}.departmentId` as const)}>
                    <option value="">{t('none')}</option>
                    {options.departments.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <button type="button" className="button small" onClick={() => budgetLines.remove(i)}>
              {t('form.removeCost', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => budgetLines.append({ year, amount: '', fundingSource: 'own_funds', departmentId: '', label: '' } as never)}
          >
            {t('form.addCost')}
          </button>
        </div>
      </fieldset>

      <fieldset className="card stack">
        <legend>{t('form.documents')}</legend>
        {documents.fields.map((field, i) => (
          <fieldset key={(field as { key: string }).key} className="subform">
            <legend>{t('form.documentN', { n: i + 1 })}</legend>
            <div className="grid-2">
              <Field id={`doc-${i}-label`} label={t('fields.documentLabel')} error={err(`documents.${i}.label`)} required>
                {(p) => <input {...p} type="text" maxLength={160} autoComplete="off" {...register(`documents.${i}.label` as const)} />}
              </Field>
              <Field id={`doc-${i}-url`} label={t('fields.documentUrl')} error={err(`documents.${i}.url`)} required>
                {(p) => <input {...p} type="url" maxLength={1000} autoComplete="off" {...register(`documents.${i}.url` as const)} />}
              </Field>
            </div>
            <button type="button" className="button small" onClick={() => documents.remove(i)}>
              {t('form.removeDocument', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <div className="actions">
          <button type="button" className="button" onClick={() => documents.append({ label: '', url: '' } as never)}>
            {t('form.addDocument')}
          </button>
        </div>
      </fieldset>

      <div className="actions">
        <button type="submit" className="button primary" disabled={mutation.isPending}>
          {mission ? t('form.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
