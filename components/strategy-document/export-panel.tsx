'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { downloadBlob } from '@/components/ui/download';

type Format = 'docx' | 'pdf';

function fileNameOf(response: Response, fallback: string) {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="([^"]+)"/.exec(header);
  return match ? decodeURIComponent(match[1] ?? match[2] ?? fallback) : fallback;
}

/**
 * Exports the current document or a version as DOCX or PDF, in French or English. The file is
 * fetched from the export route (which checks the session and the policy) while a busy state and
 * an announced message show that it is being prepared; then the browser downloads it.
 */
export function ExportPanel({ slug, versionId, defaultLocale }: { slug: string; versionId?: string; defaultLocale: 'fr' | 'en' }) {
  const t = useTranslations('document');
  const id = useId();
  const [lang, setLang] = useState<'fr' | 'en'>(defaultLocale);
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(format: Format) {
    setBusy(format);
    setMessage({ ok: true, text: t('export.running', { format: format.toUpperCase() }) });
    try {
      const query = new URLSearchParams({ format, lang });
      if (versionId) query.set('version', versionId);
      const response = await fetch(`/api/workspaces/${slug}/document/export?${query}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      const name = fileNameOf(response, `document.${format}`);
      downloadBlob(blob, name);
      setMessage({ ok: true, text: t('export.done', { file: name }) });
    } catch {
      setMessage({ ok: false, text: t('export.failed') });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="export-panel no-print" aria-labelledby={`${id}-title`} aria-busy={busy ? 'true' : 'false'}>
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <div className="actions">
        <label htmlFor={`${id}-lang`}>{t('export.language')}</label>
        <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'fr')} disabled={!!busy}>
          <option value="fr">{t('languages.fr')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
        <button type="button" className="button" onClick={() => run('docx')} disabled={!!busy}>
          {t('export.docx')}
        </button>
        <button type="button" className="button" onClick={() => run('pdf')} disabled={!!busy}>
          {t('export.pdf')}
        </button>
      </div>
      {busy ? <progress className="export-progress" aria-label={t('export.running', { format: busy.toUpperCase() })} /> : null}
      <p role="status" className={message && !message.ok ? 'field-error' : 'form-success'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
