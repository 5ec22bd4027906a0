'use client';

import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/errors';
import { mergeValues, type ConflictState, type MergeChoice } from '@/lib/merge';

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
 * A form submitted to a server action through React Query. Validation happens once, on the server,
 * with the action's zod schema and the person's language (lib/validation.ts): its field errors are
 * shown next to the fields, the first one in the form is focused, and its message is shown above
 * the form. The browser does not load zod (it weighed ~40 kB gzip on every form page).
 *
 * `T` is what the form holds, i.e. the action schema's input (`z.input<typeof Schema>`, imported
 * with `import type`): annotate the `values` parameter of `action` with it.
 *
 * With `version` (an edit form of a versioned record, lib/concurrency.ts), the action receives the
 * version the form was loaded with; a stale save comes back with the stored values, which the
 * form's ConflictPanel shows beside the person's, field by field, to merge and save again.
 */
export function useActionForm<T extends FieldValues, R>(options: {
  defaultValues: DefaultValues<NoInfer<T>>;
  action: (values: T, version: number) => Promise<ActionResult<R>>;
  onSuccess?: (data: R) => void;
  version?: number;
}) {
  const form = useForm<T>({
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  });
  const formElement = useRef<HTMLFormElement | null>(null);
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
    mutationFn: ({ values }: { values: T; typed: Record<string, unknown> }) => options.action(values, versionRef.current),
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
      // Keys where the server sent them: the form's own message hook words them in its domain's terms.
      const fields = Object.entries({ ...result.fieldErrors, ...result.fieldErrorKeys });
      for (const [field, message] of fields) form.setError(field as Path<T>, { type: 'server', message });
      const first = firstInForm(
        formElement.current,
        fields.map(([field]) => field),
      );
      if (first) form.setFocus(first as Path<T>);
    },
    onError: () => setFormError(t('network')),
  });
  const submit = form.handleSubmit((values) => {
    form.clearErrors();
    mutation.mutate({ values, typed: { ...form.getValues() } });
  });
  const onSubmit = (event?: BaseSyntheticEvent) => {
    if (event?.currentTarget instanceof HTMLFormElement) formElement.current = event.currentTarget;
    return submit(event);
  };

  const setAll = (values: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(values)) {
      if (field in (options.defaultValues as object)) {
        form.setValue(field as Path<T>, value as PathValue<T, Path<T>>, { shouldDirty: true });
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

/** The field among `names` that comes first in the form (its controls' order), or the first name. */
function firstInForm(element: HTMLFormElement | null, names: string[]): string | undefined {
  if (!element) return names[0];
  const controls = Array.from(element.elements) as (Element & { name?: string })[];
  return controls.find((control) => control.name && names.includes(control.name))?.name ?? names[0];
}

/**
 * A form whose save the page confirms (`saved`, for its FormSuccess) and whose data it then
 * refreshes; with `reset`, the form empties itself for the next record. The next submission clears
 * the confirmation.
 */
export function useSavedForm<T extends FieldValues, R>(options: {
  defaultValues: DefaultValues<NoInfer<T>>;
  action: (values: T, version: number) => Promise<ActionResult<R>>;
  version?: number;
  reset?: boolean;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const actionForm = useActionForm<T, R>({
    defaultValues: options.defaultValues,
    action: options.action,
    version: options.version,
    onSuccess: () => {
      setSaved(true);
      if (options.reset) actionForm.form.reset(options.defaultValues);
      router.refresh();
    },
  });
  const onSubmit = (event?: BaseSyntheticEvent) => {
    setSaved(false);
    return actionForm.onSubmit(event);
  };
  return { ...actionForm, onSubmit, saved };
}

/** A form that adds one record and stays open for the next (a line, a contact, a value): `added` once saved, then empty again. */
export function useAddForm<T extends FieldValues, R>(options: { defaultValues: DefaultValues<NoInfer<T>>; action: (values: T) => Promise<ActionResult<R>> }) {
  const { saved, ...form } = useSavedForm<T, R>({ ...options, reset: true });
  return { ...form, added: saved };
}
