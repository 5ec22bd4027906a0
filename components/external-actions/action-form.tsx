'use client';

import type { z } from 'zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { COMPETENCY_DOMAINS, type CompetencyDomain } from '@/db/enums/competencies';
import type { FundingSource } from '@/db/enums/departments';
import {
  ACTION_RATIONALES,
  ACTION_STATUSES,
  ACTION_TYPES,
  DEPARTMENT_MODES,
  RETURN_CATEGORIES,
  SDG_NUMBERS,
  type ReturnScope,
} from '@/db/enums/external-actions';
import type { ExternalActionInput, ExternalActionFormValues } from '@/lib/external-actions/schemas';
import { createExternalActionAction, updateExternalActionAction } from '@/lib/external-actions/actions';
import type { ActionResult } from '@/lib/errors';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError } from '@/components/ui/field';
import { ConflictPanel, type ConflictField } from '@/components/ui/conflict-panel';
import { MultiPicker } from './multi-picker';
import { useActionsMessage } from './use-message';
import { formatMoney } from './money';

export type ActionFormOptions = {
  partners: { id: string; name: string; country: string | null }[];
  territorial: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  departments: { id: string; name: string }[];
  competencies: { ref: string; title: string; domain: CompetencyDomain; hidden: boolean }[];
  domainLabels: Record<CompetencyDomain, string>;
  /** For a contributor: the departments whose point person they are. */
  myDepartmentIds: string[];
  /** The funding sources the authority's level may use (the "1 %" schemes only where the law allows). */
  fundingSources: readonly FundingSource[];
};

type SavedAction = ExternalActionFormValues & { id: string; version: number };

const EMPTY: ExternalActionFormValues = {
  title: '',
  description: '',
  type: 'decentralised_cooperation',
  rationales: [],
  status: 'planned',
  startDate: '',
  endDate: '',
  countries: [],
  partnerIds: [],
  actorIds: [],
  departments: [],
  competencies: [],
  sdgs: [],
  budgetLines: [],
  expectedReturns: [],
};

/** Reads an amount as typed, for the running total only (the schema decides what is valid). */
function typedCents(value: unknown): number {
  const n = Number(String(value ?? '').replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : 0;
}

/**
 * Creates or edits an external action with everything linked to it: partners and countries,
 * departments and how they take part, competencies and why, SDGs, budget lines and expected
 * returns. Validated by the server (which also checks ownership and that nobody saved in between);
 * its field errors show next to the fields.
 */
export function ActionForm({ workspaceId, slug, options, action }: { workspaceId: string; slug: string; options: ActionFormOptions; action?: SavedAction }) {
  const t = useTranslations('externalActions');
  const format = useFormatter();
  const router = useRouter();
  const message = useActionsMessage();
  const { form, mutation, onSubmit, formError, versioning } = useActionForm({
    // A point person proposing an action starts with their own department in the lead.
    defaultValues: action ?? (options.myDepartmentIds[0] ? { ...EMPTY, departments: [{ departmentId: options.myDepartmentIds[0], mode: 'lead' }] } : EMPTY),
    version: action?.version,
    action: (values: z.input<typeof ExternalActionInput>, version): Promise<ActionResult<unknown>> =>
      action ? updateExternalActionAction(workspaceId, { ...values, id: action.id, version }) : createExternalActionAction(workspaceId, values),
    onSuccess: (data) => {
      const id = action?.id ?? (data as { id: string }).id;
      router.push(`/${slug}/actions/${id}`);
      router.refresh();
    },
  });
  const { control, register, watch, setValue } = form;
  const errors = form.formState.errors;
  const departments = useFieldArray({ control, name: 'departments' as never, keyName: 'key' });
  const competencies = useFieldArray({ control, name: 'competencies' as never, keyName: 'key' });
  const budgetLines = useFieldArray({ control, name: 'budgetLines' as never, keyName: 'key' });
  const expected = useFieldArray({ control, name: 'expectedReturns' as never, keyName: 'key' });

  const partnerIds = (watch('partnerIds') as string[] | undefined) ?? [];
  const actorIds = (watch('actorIds') as string[] | undefined) ?? [];
  const countries = (watch('countries') as string[] | undefined) ?? [];
  const chosenRefs = ((watch('competencies') as { ref: string }[] | undefined) ?? []).map((c) => c.ref);
  const lines = (watch('budgetLines') as { amount?: unknown }[] | undefined) ?? [];
  const total = lines.reduce((s, l) => s + typedCents(l.amount), 0);
  const err = (value: unknown) => message((value as { message?: string } | undefined)?.message);
  const rowErrors = (name: 'departments' | 'competencies' | 'budgetLines' | 'expectedReturns', index: number) =>
    ((errors[name] as unknown as Record<number, Record<string, { message?: string }>> | undefined)?.[index] ?? {}) as Record<string, { message?: string }>;
  const arrayError = (name: string) => {
    const e = errors[name as keyof typeof errors] as { message?: string; root?: { message?: string } } | undefined;
    return message(e?.message ?? e?.root?.message);
  };
  const setList = (name: 'partnerIds' | 'actorIds' | 'countries', next: string[]) =>
    setValue(name, next as never, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const partnerCountry = new Map(options.partners.map((p) => [p.id, p.country]));
  const nameOf = (list: { id: string; name: string }[]) => (v: unknown) =>
    [v ?? []].flat().map((id) => list.find((x) => x.id === id)?.name ?? String(id)).join(', ');
  const rows = <T,>(show: (row: T) => string) => (v: unknown) => ([v ?? []].flat() as T[]).map(show).join(' ; ');
  const conflictFields: ConflictField[] = [
    { name: 'title', label: t('fields.title') },
    { name: 'description', label: t('fields.description') },
    { name: 'type', label: t('fields.type'), format: (v) => (v ? t(`types.${v as string}`) : '') },
    { name: 'rationales', label: t('fields.rationales'), format: (v) => [v ?? []].flat().map((r) => t(`rationales.${r as string}`)).join(', ') },
    { name: 'status', label: t('fields.status'), format: (v) => (v ? t(`statuses.${v as string}`) : '') },
    { name: 'startDate', label: t('fields.startDate') },
    { name: 'endDate', label: t('fields.endDate') },
    {
      name: 'countries',
      label: t('fields.countries'),
      format: (v) => [v ?? []].flat().map((c) => options.countries.find((x) => x.code === c)?.name ?? String(c)).join(', '),
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
      format: rows<{ ref: string; reason?: string }>((c) => `${options.competencies.find((x) => x.ref === c.ref)?.title ?? c.ref}${c.reason ? ` : ${c.reason}` : ''}`),
    },
    { name: 'sdgs', label: t('fields.sdgs'), format: (v) => [v ?? []].flat().map((n) => t(`sdgs.sdg${n as string}`)).join(', ') },
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
  const competencyGroups = COMPETENCY_DOMAINS.map((domain) => ({
    domain,
    items: options.competencies.filter((c) => c.domain === domain && (!c.hidden || chosenRefs.includes(c.ref))),
  })).filter((g) => g.items.length > 0);
  const isContributor = options.myDepartmentIds.length > 0;
  // A saved line keeps showing its source even if the level may no longer use it; saving then says why.
  const sourceChoices = [...new Set([...options.fundingSources, ...(action?.budgetLines ?? []).map((l) => l.fundingSource as FundingSource)])];

  return (
    <form onSubmit={onSubmit} noValidate className="ea-form stack form-wide">
      <FormError message={message(formError)} />
      {action ? <ConflictPanel versioning={versioning} fields={conflictFields} /> : null}

      <fieldset className="stack">
        <legend>{t('form.sectionAction')}</legend>
        <Field id="action-title" label={t('fields.title')} error={err(errors.title)} required>
          {(p) => <input {...p} type="text" autoComplete="off" {...register('title')} />}
        </Field>
        <Field id="action-description" label={t('fields.description')} error={err(errors.description)}>
          {(p) => <textarea {...p} rows={4} {...register('description')} />}
        </Field>
        <div className="grid-2">
          <Field id="action-type" label={t('fields.type')} error={err(errors.type)} required>
            {(p) => (
              <select {...p} {...register('type')}>
                {ACTION_TYPES.map((v) => (
                  <option key={v} value={v}>
                    {t(`types.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="action-status" label={t('fields.status')} error={err(errors.status)} required>
            {(p) => (
              <select {...p} {...register('status')}>
                {ACTION_STATUSES.map((v) => (
                  <option key={v} value={v}>
                    {t(`statuses.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="action-start" label={t('fields.startDate')} error={err(errors.startDate)}>
            {(p) => <input {...p} type="date" {...register('startDate')} />}
          </Field>
          <Field id="action-end" label={t('fields.endDate')} error={err(errors.endDate)}>
            {(p) => <input {...p} type="date" {...register('endDate')} />}
          </Field>
        </div>
        <fieldset className="stack" aria-describedby="action-rationales-hint">
          <legend>{t('fields.rationales')}</legend>
          <p className="hint" id="action-rationales-hint">
            {t('fields.rationalesHint')}
          </p>
          <div className="checkbox-grid">
            {ACTION_RATIONALES.map((v) => (
              <label key={v} className="checkbox">
                <input type="checkbox" value={v} {...register('rationales')} />
                {t(`rationales.${v}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="stack">
        <legend>{t('form.sectionPartners')}</legend>
        <MultiPicker
          legend={t('fields.partners')}
          addLabel={t('form.addPartner')}
          hint={t('form.partnersHint')}
          options={options.partners.map((p) => ({ value: p.id, label: p.name }))}
          value={partnerIds}
          onChange={(next) => setList('partnerIds', next)}
          onAdd={(id) => {
            const country = partnerCountry.get(id);
            const current = (form.getValues('countries') as string[] | undefined) ?? [];
            if (country && !current.includes(country)) setList('countries', [...current, country]);
          }}
          error={err(errors.partnerIds)}
        />
        <MultiPicker
          legend={t('fields.countries')}
          addLabel={t('form.addCountry')}
          hint={t('form.countriesHint')}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
          value={countries}
          onChange={(next) => setList('countries', next)}
          error={err(errors.countries)}
        />
        <MultiPicker
          legend={t('fields.actors')}
          addLabel={t('form.addActor')}
          hint={t('form.actorsHint')}
          options={options.territorial.map((a) => ({ value: a.id, label: a.name }))}
          value={actorIds}
          onChange={(next) => setList('actorIds', next)}
          error={err(errors.actorIds)}
        />
      </fieldset>

      <fieldset className="stack" aria-describedby="action-departments-hint">
        <legend>{t('form.sectionDepartments')}</legend>
        <p className="hint" id="action-departments-hint">
          {t('form.departmentsHint')}
          {isContributor ? ` ${t('form.contributorNote')}` : ''}
        </p>
        {options.departments.length === 0 ? <p className="muted">{t('form.noDepartments')}</p> : null}
        {departments.fields.length === 0 && options.departments.length > 0 ? <p className="muted">{t('form.noDepartmentsYet')}</p> : null}
        {departments.fields.map((field, i) => {
          const e = rowErrors('departments', i);
          return (
            <fieldset key={(field as unknown as { key: string }).key} className="repeat-row">
              <legend>{t('form.departmentN', { n: i + 1 })}</legend>
              <Field id={`dep-${i}-department`} label={t('fields.department')} error={err(e.departmentId)} required>
                {(p) => (
                  <select {...p} {...register(`departments.${i}.departmentId` as never)}>
                    <option value="">{t('form.chooseDepartment')}</option>
                    {options.departments.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`dep-${i}-mode`} label={t('fields.mode')} error={err(e.mode)} required>
                {(p) => (
                  <select {...p} {...register(`departments.${i}.mode` as never)}>
                    {DEPARTMENT_MODES.map((m) => (
                      <option key={m} value={m}>
                        {t(`modes.${m}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="row-actions">
                <button type="button" className="button ghost small" onClick={() => departments.remove(i)}>
                  {t('form.remove')}
                  <span className="visually-hidden"> — {t('form.departmentN', { n: i + 1 })}</span>
                </button>
              </div>
            </fieldset>
          );
        })}
        {arrayError('departments') ? <p className="field-error">{arrayError('departments')}</p> : null}
        {options.departments.length > 0 ? (
          <button type="button" className="button small" onClick={() => departments.append({ departmentId: '', mode: 'co_construction' } as never)}>
            {t('form.addDepartment')}
          </button>
        ) : null}
      </fieldset>

      <fieldset className="stack" aria-describedby="action-competencies-hint">
        <legend>{t('form.sectionCompetencies')}</legend>
        <p className="hint" id="action-competencies-hint">
          {t('form.competenciesHint')}
        </p>
        {competencies.fields.length === 0 ? <p className="muted">{t('form.noCompetenciesYet')}</p> : null}
        {competencies.fields.map((field, i) => {
          const e = rowErrors('competencies', i);
          return (
            <fieldset key={(field as unknown as { key: string }).key} className="repeat-row">
              <legend>{t('form.competencyN', { n: i + 1 })}</legend>
              <div className="wide">
                <Field id={`comp-${i}-ref`} label={t('fields.competency')} error={err(e.ref)} required>
                  {(p) => (
                    <select {...p} {...register(`competencies.${i}.ref` as never)}>
                      <option value="">{t('form.chooseCompetency')}</option>
                      {competencyGroups.map((g) => (
                        <optgroup key={g.domain} label={options.domainLabels[g.domain]}>
                          {g.items.map((c) => (
                            <option key={c.ref} value={c.ref}>
                              {c.hidden ? t('form.hiddenCompetency', { title: c.title }) : c.title}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <div className="wide">
                <Field id={`comp-${i}-reason`} label={t('fields.reason')} hint={t('fields.reasonHint')} error={err(e.reason)} required>
                  {(p) => <textarea {...p} rows={2} {...register(`competencies.${i}.reason` as never)} />}
                </Field>
              </div>
              <div className="row-actions wide">
                <button type="button" className="button ghost small" onClick={() => competencies.remove(i)}>
                  {t('form.remove')}
                  <span className="visually-hidden"> — {t('form.competencyN', { n: i + 1 })}</span>
                </button>
              </div>
            </fieldset>
          );
        })}
        <button type="button" className="button small" onClick={() => competencies.append({ ref: '', reason: '' } as never)}>
          {t('form.addCompetency')}
        </button>
      </fieldset>

      <fieldset className="stack">
        <legend>{t('form.sectionSdgs')}</legend>
        <div className="sdg-grid">
          {SDG_NUMBERS.map((n) => (
            <label key={n} className="checkbox">
              <input type="checkbox" value={String(n)} {...register('sdgs')} />
              {t(`sdgs.sdg${n}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="stack" aria-describedby="action-budget-hint">
        <legend>{t('form.sectionBudget')}</legend>
        <p className="hint" id="action-budget-hint">
          {t('form.budgetHint')}
        </p>
        {budgetLines.fields.length === 0 ? <p className="muted">{t('form.noBudgetYet')}</p> : null}
        {budgetLines.fields.map((field, i) => {
          const e = rowErrors('budgetLines', i);
          return (
            <fieldset key={(field as unknown as { key: string }).key} className="repeat-row">
              <legend>{t('form.budgetLineN', { n: i + 1 })}</legend>
              <Field id={`line-${i}-year`} label={t('fields.year')} error={err(e.year)} required>
                {(p) => <input {...p} type="number" inputMode="numeric" min={1990} max={2100} step={1} {...register(`budgetLines.${i}.year` as never)} />}
              </Field>
              <Field id={`line-${i}-amount`} label={t('fields.amount')} hint={i === 0 ? t('fields.amountHint') : undefined} error={err(e.amount)} required>
                {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...register(`budgetLines.${i}.amount` as never)} />}
              </Field>
              <Field id={`line-${i}-source`} label={t('fields.fundingSource')} error={err(e.fundingSource)} required>
                {(p) => (
                  <select {...p} {...register(`budgetLines.${i}.fundingSource` as never)}>
                    {sourceChoices.map((s) => (
                      <option key={s} value={s}>
                        {t(`fundingSources.${s}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`line-${i}-department`} label={t('fields.budgetDepartment')} error={err(e.departmentId)}>
                {(p) => (
                  <select {...p} {...register(`budgetLines.${i}.departmentId` as never)}>
                    <option value="">{t('form.noDepartment')}</option>
                    {options.departments.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="wide">
                <Field id={`line-${i}-label`} label={t('fields.label')} error={err(e.label)}>
                  {(p) => <input {...p} type="text" autoComplete="off" {...register(`budgetLines.${i}.label` as never)} />}
                </Field>
              </div>
              <div className="row-actions wide">
                <button type="button" className="button ghost small" onClick={() => budgetLines.remove(i)}>
                  {t('form.remove')}
                  <span className="visually-hidden"> — {t('form.budgetLineN', { n: i + 1 })}</span>
                </button>
              </div>
            </fieldset>
          );
        })}
        <div className="toolbar">
          <button
            type="button"
            className="button small"
            onClick={() => budgetLines.append({ year: String(new Date().getFullYear()), amount: '', fundingSource: 'own_funds', departmentId: '', label: '' } as never)}
          >
            {t('form.addBudgetLine')}
          </button>
          <p className="form-total" aria-live="polite">
            {t('form.budgetTotal', { amount: formatMoney(format, total, total % 100 !== 0) })}
          </p>
        </div>
      </fieldset>

      <fieldset className="stack" aria-describedby="action-expected-hint">
        <legend>{t('form.sectionExpected')}</legend>
        <p className="hint" id="action-expected-hint">
          {t('form.expectedHint')}
        </p>
        {expected.fields.length === 0 ? <p className="muted">{t('form.noExpectedYet')}</p> : null}
        {expected.fields.map((field, i) => {
          const e = rowErrors('expectedReturns', i);
          return (
            <fieldset key={(field as unknown as { key: string }).key} className="repeat-row">
              <legend>{t('form.expectedN', { n: i + 1 })}</legend>
              <input type="hidden" {...register(`expectedReturns.${i}.id` as never)} />
              <Field id={`exp-${i}-category`} label={t('fields.category')} error={err(e.category)} required>
                {(p) => (
                  <select {...p} {...register(`expectedReturns.${i}.category` as never)}>
                    <option value="">{t('form.chooseCategory')}</option>
                    {(Object.keys(RETURN_CATEGORIES) as ReturnScope[]).map((scope) => (
                      <optgroup key={scope} label={t(`returnScopes.${scope}`)}>
                        {RETURN_CATEGORIES[scope].map((c) => (
                          <option key={c} value={c}>
                            {t(`returnCategories.${c}`)}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
              <div className="wide">
                <Field id={`exp-${i}-description`} label={t('fields.returnDescription')} error={err(e.description)} required>
                  {(p) => <textarea {...p} rows={2} {...register(`expectedReturns.${i}.description` as never)} />}
                </Field>
              </div>
              <Field id={`exp-${i}-indicator`} label={t('fields.indicator')} error={err(e.indicator)}>
                {(p) => <input {...p} type="text" autoComplete="off" {...register(`expectedReturns.${i}.indicator` as never)} />}
              </Field>
              <Field id={`exp-${i}-target`} label={t('fields.target')} error={err(e.target)}>
                {(p) => <input {...p} type="text" autoComplete="off" {...register(`expectedReturns.${i}.target` as never)} />}
              </Field>
              <div className="row-actions wide">
                <button type="button" className="button ghost small" onClick={() => expected.remove(i)}>
                  {t('form.remove')}
                  <span className="visually-hidden"> — {t('form.expectedN', { n: i + 1 })}</span>
                </button>
              </div>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button small"
          onClick={() => expected.append({ id: '', category: '', description: '', indicator: '', target: '' } as never)}
        >
          {t('form.addExpected')}
        </button>
      </fieldset>

      <div className="actions sticky-save">
        <button type="submit" className="button primary" disabled={mutation.isPending}>
          {action ? t('save') : t('create')}
        </button>
      </div>
    </form>
  );
}
