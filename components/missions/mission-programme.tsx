'use client';

import { useEffect, useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import type { MissionFormValues } from '@/lib/missions/schemas';
import { Field } from '@/components/ui/field';
import { MeetingNewActor } from './meeting-new-actor';
import { RepeatedFieldsets } from '@/components/ui/repeated-fieldsets';
import { Select, namedItems } from '@/components/ui/select-field';

type Props = {
  workspaceId: string;
  form: UseFormReturn<MissionFormValues>;
  actors: { id: string; name: string }[];
  /** The error of a (possibly nested) field, by its dotted path, translated. */
  err: (path: string) => string | undefined;
};

/**
 * The mission's day-by-day programme: meetings with a day, a time, an actor of the map (or one
 * created here, MeetingNewActor) and a subject.
 */
export function MissionProgramme({ workspaceId, form, actors, err }: Props) {
  const t = useTranslations('missions');
  const { control, register, watch, setValue } = form;
  const meetings = useFieldArray({ control, name: 'meetings' as never, keyName: 'key' });
  const [created, setCreated] = useState<{ id: string; name: string }[]>([]);
  const [choose, setChoose] = useState<{ index: number; id: string; name: string } | null>(null);
  const options = [...actors, ...created].sort((a, b) => a.name.localeCompare(b.name));
  // The new actor's option exists once rendered: choose it then.
  useEffect(() => {
    if (choose) setValue(`meetings.${choose.index}.actorId` as never, choose.id as never, { shouldDirty: true });
  }, [choose, setValue]);
  return (
    <fieldset className="card stack">
      <legend>{t('form.programme')}</legend>
      <RepeatedFieldsets
        fields={meetings.fields}
        legend={(n) => t('form.meetingN', { n })}
        removeLabel={(n) => t('form.removeMeeting', { n })}
        onRemove={meetings.remove}
        addLabel={t('form.addMeeting')}
        onAdd={() => meetings.append({ day: (watch('startDate') as string) ?? '', time: '', actorId: '', subject: '' } as never)}
        after={(i) => (
          <>
            <MeetingNewActor
              workspaceId={workspaceId}
              index={i}
              country={(watch('country') as string | undefined) ?? ''}
              onCreated={(actor) => {
                setCreated((list) => [...list, actor]);
                setChoose({ index: i, ...actor });
              }}
            />
            {choose?.index === i ? (
              <p role="status" className="hint">
                {t('programmeActor.created', { name: choose.name })}
              </p>
            ) : null}
          </>
        )}
        footer={err('meetings') ? <p className="field-error">{err('meetings')}</p> : null}
      >
        {(i) => (
          <>
            <Field id={`mt-${i}-day`} label={t('fields.day')} error={err(`meetings.${i}.day`)} required>
              {(p) => <input {...p} type="date" {...register(`meetings.${i}.day` as const)} />}
            </Field>
            <Field id={`mt-${i}-time`} label={t('fields.time')} error={err(`meetings.${i}.time`)}>
              {(p) => <input {...p} type="time" {...register(`meetings.${i}.time` as const)} />}
            </Field>
            <Field id={`mt-${i}-actor`} label={t('fields.meetingActor')} error={err(`meetings.${i}.actorId`)}>
              {(p) => <Select {...p} field={register(`meetings.${i}.actorId` as const)} empty={t('none')} items={namedItems(options)} />}
            </Field>
            <Field id={`mt-${i}-subject`} label={t('fields.subject')} error={err(`meetings.${i}.subject`)} required>
              {(p) => <input {...p} type="text" maxLength={300} autoComplete="off" {...register(`meetings.${i}.subject` as const)} />}
            </Field>
          </>
        )}
      </RepeatedFieldsets>
    </fieldset>
  );
}
