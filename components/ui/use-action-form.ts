'use client';

import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/errors';

/**
 * A form validated by the shared zod schema as the person types, submitted to a server action
 * through React Query. The server's answer is the one that counts: its field errors are shown
 * next to the fields and its message above the form.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(options: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>) => Promise<ActionResult<R>>;
  onSuccess?: (data: R) => void;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  });
  const t = useTranslations('errors');
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: options.action,
    onSuccess: (result) => {
      if (result.ok) {
        setFormError(null);
        options.onSuccess?.(result.data);
        return;
      }
      setFormError(result.message);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { type: 'server', message });
      }
    },
    onError: () => setFormError(t('network')),
  });
  const onSubmit = form.handleSubmit((values) => mutation.mutate(values));
  return { form, mutation, onSubmit, formError };
}
