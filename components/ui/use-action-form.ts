'use client';

import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/errors';
import { mergeValues, type ConflictState, type MergeChoice } from '@/lib/concurrency';

/** A refused save, waiting for the person to merge: what they typed, what they loaded, what is stored. */
export type PendingConflict = {
  mine: Record<string, unknown>;
  base: Record<string, unknown>;
  theirs: ConflictState;
};

/** What a versioned form hands to its ConflictPanel. */
export type Versioning = {
  version: number;
  conflict: PendingConflict | null;
  /** Applies the per-field choices and saves again against the stored version. */
  resolve: (choices: Record<string, MergeChoice>) => void;
  /** Drops the person's edits and shows the stored record. */
  discard: () => void;
};

/**
 * A form validated by the shared zod schema as the person types, submitted to a server action
 * through React Query. The server's answer is the one that counts: its field errors are shown
 * next to the fields and its message above the form.
 *
 * With `version` (an edit form of a versioned record, lib/concurrency.ts), the action receives the
 * version the form was loaded with; a stale save comes back with the stored values, which the
 * form's ConflictPanel shows beside the person's, field by field, to merge and save again.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(options: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>, version: number) => Promise<ActionResult<R>>;
  onSuccess?: (data: R) => void;
  version?: number;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  });
  const t = useTranslations('errors');
  const [formError, setFormError] = useState<string | null>(null);
  const versionRef = useRef(options.version ?? 0);
  const [version, setVersion] = useState(options.version ?? 0);
  const baseRef = useRef<Record<string, unknown>>({ ...(options.defaultValues as Record<string, unknown>) });
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const adoptVersion = (next: number) => {
    versionRef.current = next;
    setVersion(next);
  };

  // The page was refreshed with a newer stored version (another control of the same record saved,
  // e.g. a status switch): an untouched form takes the stored values and version.
  const loadedVersion = options.version;
  useEffect(() => {
    if (loadedVersion === undefined || loadedVersion <= versionRef.current || form.formState.isDirty) return;
    form.reset(options.defaultValues);
    baseRef.current = { ...(options.defaultValues as Record<string, unknown>) };
    versionRef.current = loadedVersion;
    setVersion(loadedVersion);
    // Only a new version matters; the default values follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedVersion]);

  const mutation = useMutation({
    mutationFn: ({ parsed }: { parsed: z.output<S>; typed: Record<string, unknown> }) => options.action(parsed, versionRef.current),
    onSuccess: (result, { typed }) => {
      if (result.ok) {
        setFormError(null);
        setConflict(null);
        const saved = result.data as { version?: unknown } | null;
        if (options.version !== undefined && saved && typeof saved.version === 'number') {
          adoptVersion(saved.version);
          baseRef.current = typed;
        }
        options.onSuccess?.(result.data);
        return;
      }
      setFormError(result.message);
      if (result.code === 'conflict' && result.current && options.version !== undefined) {
        setConflict({ mine: typed, base: baseRef.current, theirs: result.current });
      }
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { type: 'server', message });
      }
    },
    onError: () => setFormError(t('network')),
  });
  const submit = form.handleSubmit((parsed) => mutation.mutate({ parsed, typed: { ...form.getValues() } }));
  const onSubmit = submit;

  const setAll = (values: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(values)) {
      if (field in (options.defaultValues as object)) {
        form.setValue(field as Path<z.input<S>>, value as PathValue<z.input<S>, Path<z.input<S>>>, { shouldDirty: true });
      }
    }
  };
  const versioning: Versioning = {
    version,
    conflict,
    resolve: (choices) => {
      if (!conflict) return;
      setAll(mergeValues(conflict.mine, conflict.theirs.values, choices));
      baseRef.current = conflict.theirs.values;
      adoptVersion(conflict.theirs.version);
      setConflict(null);
      setFormError(null);
      void submit();
    },
    discard: () => {
      if (!conflict) return;
      setAll(conflict.theirs.values);
      baseRef.current = conflict.theirs.values;
      adoptVersion(conflict.theirs.version);
      setConflict(null);
      setFormError(null);
    },
  };
  return { form, mutation, onSubmit, formError, versioning };
}
