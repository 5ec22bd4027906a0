'use client';

import { useTranslations } from 'next-intl';
import { useFieldArray } from 'react-hook-form';
import { COMPETENCY_DOMAINS } from '@/db/enums/competencies';
import { DEPARTMENT_MODES } from '@/db/enums/external-actions';
import { Field, HintedFieldset } from '@/components/ui/field';
import { RepeatRow, WideRepeatRows } from './repeat-row';
import type { ActionFieldsetProps } from './action-form-values';
import { Options } from '@/components/ui/options';
import { Select, enumItems, namedItems } from '@/components/ui/select-field';

/** The departments taking part and how; a contributor must keep one of their own. */
export function ActionDepartmentsFieldset({ form, options, err }: ActionFieldsetProps) {
  const t = useTranslations('externalActions');
  const { control, register } = form;
  const errors = form.formState.errors;
  const departments = useFieldArray({ control, name: 'departments', keyName: 'key' });
  const isContributor = options.myDepartmentIds.length > 0;
  const arrayError = err({ message: errors.departments?.message ?? errors.departments?.root?.message });
  return (
    <HintedFieldset
      id="action-departments"
      legend={t('form.sectionDepartments')}
      hint={
        <>
          {t('form.departmentsHint')}
          {isContributor ? ` ${t('form.contributorNote')}` : ''}
        </>
      }
    >
      {options.departments.length === 0 ? <p className="muted">{t('form.noDepartments')}</p> : null}
      {departments.fields.length === 0 && options.departments.length > 0 ? <p className="muted">{t('form.noDepartmentsYet')}</p> : null}
      {departments.fields.map((field, i) => {
        const e = errors.departments?.[i];
        return (
          <RepeatRow key={field.key} legend={t('form.departmentN', { n: i + 1 })} removeLabel={t('form.remove')} onRemove={() => departments.remove(i)}>
            <Field id={`dep-${i}-department`} label={t('fields.department')} error={err(e?.departmentId)} required>
              {(p) => (
                <Select {...p} field={register(`departments.${i}.departmentId`)} empty={t('form.chooseDepartment')} items={namedItems(options.departments)} />
              )}
            </Field>
            <Field id={`dep-${i}-mode`} label={t('fields.mode')} error={err(e?.mode)} required>
              {(p) => <Select {...p} field={register(`departments.${i}.mode`)} items={enumItems(DEPARTMENT_MODES, (m) => t(`modes.${m}`))} />}
            </Field>
          </RepeatRow>
        );
      })}
      {arrayError ? <p className="field-error">{arrayError}</p> : null}
      {options.departments.length > 0 ? (
        <button type="button" className="button small" onClick={() => departments.append({ departmentId: '', mode: 'co_construction' })}>
          {t('form.addDepartment')}
        </button>
      ) : null}
    </HintedFieldset>
  );
}

/** The competencies the action draws on, each with why; hidden ones stay offered where already chosen. */
export function ActionCompetenciesFieldset({ form, options, err }: ActionFieldsetProps) {
  const t = useTranslations('externalActions');
  const { control, register } = form;
  const errors = form.formState.errors;
  const competencies = useFieldArray({ control, name: 'competencies', keyName: 'key' });
  const chosenRefs = (form.watch('competencies') ?? []).map((c) => c.ref);
  const competencyGroups = COMPETENCY_DOMAINS.map((domain) => ({
    domain,
    items: options.competencies.filter((c) => c.domain === domain && (!c.hidden || chosenRefs.includes(c.ref))),
  })).filter((g) => g.items.length > 0);
  return (
    <WideRepeatRows
      group="competencies"
      array={competencies}
      footer={
        <button type="button" className="button small" onClick={() => competencies.append({ ref: '', reason: '' })}>
          {t('form.addCompetency')}
        </button>
      }
    >
      {(i) => {
        const e = errors.competencies?.[i];
        return (
          <>
            <div className="wide">
              <Field id={`comp-${i}-ref`} label={t('fields.competency')} error={err(e?.ref)} required>
                {(p) => (
                  <select {...p} {...register(`competencies.${i}.ref`)}>
                    <option value="">{t('form.chooseCompetency')}</option>
                    {competencyGroups.map((g) => (
                      <optgroup key={g.domain} label={options.domainLabels[g.domain]}>
                        <Options items={g.items.map((c) => ({ value: c.ref, label: c.hidden ? t('form.hiddenCompetency', { title: c.title }) : c.title }))} />
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="wide">
              <Field id={`comp-${i}-reason`} label={t('fields.reason')} hint={t('fields.reasonHint')} error={err(e?.reason)} required>
                {(p) => <textarea {...p} rows={2} {...register(`competencies.${i}.reason`)} />}
              </Field>
            </div>
          </>
        );
      }}
    </WideRepeatRows>
  );
}
