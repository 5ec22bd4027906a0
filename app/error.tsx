'use client';

import { ErrorNotice } from './error-notice';

/** Unexpected errors: a plain message and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="page narrow">
      <ErrorNotice reset={reset} />
    </main>
  );
}
