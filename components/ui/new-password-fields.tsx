'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

/** The part of a react-hook-form form that holds a new password and its confirmation. */
type NewPasswordForm = {
  register: (name: 'password' | 'confirm') => UseFormRegisterReturn;
  formState: { errors: { password?: { message?: string }; confirm?: { message?: string } } };
};

type NewPasswordFieldsProps = {
  form: NewPasswordForm;
  /** The two inputs' ids (`password` and `confirm` unless given). */
  ids?: { password: string; confirm: string };
  labels: { password: string; hint?: string; confirm: string };
};

/** The browser's own length hints, mirrored from `Password` (lib/auth/schemas.ts), which every new password goes through. */
const PASSWORD_LENGTH = { minLength: 12, maxLength: 200 };

/** A new password typed twice (the second must match: the schema checks it), both filled in by the browser's password manager. */
export function NewPasswordFields({ form, ids = { password: 'password', confirm: 'confirm' }, labels }: NewPasswordFieldsProps) {
  const errors = form.formState.errors;
  return (
    <>
      <Field id={ids.password} label={labels.password} hint={labels.hint} error={errors.password?.message} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...PASSWORD_LENGTH} {...form.register('password')} />}
      </Field>
      <Field id={ids.confirm} label={labels.confirm} error={errors.confirm?.message} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" maxLength={PASSWORD_LENGTH.maxLength} {...form.register('confirm')} />}
      </Field>
    </>
  );
}
