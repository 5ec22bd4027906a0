'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** Translates a validation message: keys from our schemas, or zod's own localised text. */
export function useValidationMessage() {
  const t = useTranslations('validation');
  return (message?: string) => (message ? (t.has(message) ? t(message) : message) : undefined);
}

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean }) => ReactNode;
};

/** A labelled form field whose error is announced and tied to the input. */
export function Field({ id, label, error, hint, required, children }: FieldProps) {
  const message = useValidationMessage()(error);
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': !!message, 'aria-describedby': describedBy, required })}
      {message ? (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message shown after a refused submission. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert" data-form-error>
      {message}
    </div>
  );
}

/** A polite confirmation after a successful submission. */
export function FormSuccess({ message }: { message?: string | null }) {
  return (
    <p className="form-success" role="status">
      {message ?? ''}
    </p>
  );
}

/**
 * A submit button on its own line of the form (no actions row); with `success`, the polite
 * confirmation after it. `pendingLabel` replaces the text while the submission runs.
 */
export function SubmitButton({
  pending,
  disabled = pending,
  className = 'button primary',
  pendingLabel,
  success,
  children,
}: {
  pending: boolean;
  disabled?: boolean;
  className?: string;
  pendingLabel?: ReactNode;
  success?: string | null;
  children: ReactNode;
}) {
  return (
    <>
      <button type="submit" className={className} disabled={disabled}>
        {pending && pendingLabel !== undefined ? pendingLabel : children}
      </button>
      {success !== undefined ? <FormSuccess message={success} /> : null}
    </>
  );
}

/**
 * A form's actions row with its submit button (disabled while the submission is pending, or until
 * the form may be sent); with `success`, the polite confirmation under it (a FormSuccess, empty
 * until there is something to confirm).
 */
export function SubmitRow({
  disabled,
  className = 'button primary',
  success,
  children,
}: {
  disabled: boolean;
  className?: string;
  success?: string | null;
  children: ReactNode;
}) {
  return (
    <>
      <div className="actions">
        <button type="submit" className={className} disabled={disabled}>
          {children}
        </button>
      </div>
      {success !== undefined ? <FormSuccess message={success} /> : null}
    </>
  );
}

/** A group of fields under its legend, described by the hint under the legend (`<id>-hint`). */
export function HintedFieldset({ id, legend, hint, children }: { id: string; legend: ReactNode; hint: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="stack" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children}
    </fieldset>
  );
}
