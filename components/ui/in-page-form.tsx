import type { FormHTMLAttributes } from 'react';

type InPageFormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & {
  /** What submitting does, instead of the browser's navigation. */
  onSubmit: () => void;
};

/** A form handled in the page (a mutation, a search in a drawing): submitting runs `onSubmit` and navigates nowhere. */
export function InPageForm({ onSubmit, children, ...attributes }: InPageFormProps) {
  return (
    <form
      {...attributes}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
