'use client';

import { ErrorNotice } from '@/app/error-notice';

/** Unexpected errors: a plain message and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="stack">
      <ErrorNotice reset={reset} />
    </div>
  );
}
