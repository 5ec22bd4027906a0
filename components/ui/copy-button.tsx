'use client';

import { useState } from 'react';

/**
 * Copies `text` to the clipboard and says so ("Copied") until the text changes (a new link or
 * secret shows "Copy" again). Where the browser refuses, the text stays selectable beside it.
 */
export function CopyButton({ text, copy, copied }: { text: string; copy: string; copied: string }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <button
      type="button"
      className="button small"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        setDone(text);
      }}
    >
      {done === text ? copied : copy}
    </button>
  );
}
