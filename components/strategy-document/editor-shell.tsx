'use client';

import { useTranslations } from 'next-intl';

/** The formatting buttons of the editor's toolbar, in order (components/strategy-document/collab-editor.tsx). */
export const TOOLBAR_KEYS = ['bold', 'italic', 'heading', 'bulletList', 'orderedList', 'quote'] as const;

/**
 * The toolbar's place while the editor loads: the same buttons, disabled and hidden from assistive
 * technologies, so that the text does not move when the real toolbar takes their place.
 */
export function ToolbarShell() {
  const t = useTranslations('document');
  return (
    <div className="editor-toolbar" aria-hidden="true">
      {TOOLBAR_KEYS.map((key) => (
        <button key={key} type="button" className="button ghost small" disabled tabIndex={-1}>
          {t(`toolbar.${key}`)}
        </button>
      ))}
    </div>
  );
}
