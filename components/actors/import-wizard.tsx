'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useMutation } from '@tanstack/react-query';
import { FormError, SubmitRow } from '@/components/ui/field';
import { commitImportAction, previewImportAction } from '@/lib/actors/import-actions';
import { asideCsv } from '@/lib/actors/import-aside';
import { IMPORT_KINDS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type AnyTarget, type ImportKind } from '@/lib/actors/import-limits';
import type { DuplicateDecision, ImportChoices, ImportFileInput, ImportMapping, ImportPreview, ImportSummary } from '@/lib/actors/import-schemas';
import { ImportValuesStep } from './import-values-step';
import { ImportMappingTable } from './import-mapping-table';
import { ImportDuplicates } from './import-duplicates';
import { DataTable } from '@/components/ui/data-table';
import { downloadBlob } from '@/components/ui/download';

function formatOf(name: string): ImportFileInput['format'] | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'txt' ? 'csv' : ext === 'xlsx' ? 'xlsx' : null;
}

/** One step of the wizard: a card named by its heading, which the wizard focuses (`headingRef`) when the step opens. */
function WizardStep({
  id,
  title,
  headingRef,
  className = 'card stack',
  children,
}: {
  id: string;
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The file as base64, so that its bytes reach the server unchanged (a Windows-1252 CSV included). */
function readAsBase64(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Saves the rows set aside as a CSV file, built in the browser from the commit's answer. */
function downloadAside(result: ImportSummary, reasonColumn: string, fileName: string) {
  downloadBlob(new Blob([asideCsv(result.headers, result.aside, reasonColumn)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/**
 * The import, in steps on one page: choose a file (actors or relations), match its columns, then
 * the values of its closed-list columns, check which rows are ready and which are set aside (and
 * why), confirm the counts, and download the rows set aside. Nothing is written before the confirm.
 */
export function ImportWizard({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const t = useTranslations('actorsImport');
  const router = useRouter();
  const ids = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const mappingHeading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [kind, setKind] = useState<ImportKind>('actors');
  const [file, setFile] = useState<ImportFileInput | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [mappingDirty, setMappingDirty] = useState(false);
  const [choices, setChoices] = useState<ImportChoices>({});
  const [decisions, setDecisions] = useState<Record<string, DuplicateDecision>>({});
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<'mapping' | 'confirm' | 'result' | null>(null);

  useEffect(() => {
    if (focusTarget === 'mapping') mappingHeading.current?.focus();
    if (focusTarget === 'confirm') confirmHeading.current?.focus();
    if (focusTarget === 'result') resultHeading.current?.focus();
  }, [focusTarget, preview, confirming, result]);

  const previewMutation = useMutation({
    mutationFn: (input: { file: ImportFileInput; kind: ImportKind; mapping?: ImportMapping; choices: ImportChoices }) =>
      previewImportAction(workspaceId, input),
    onSuccess: (res, input) => {
      if (!res.ok) {
        setFileError(res.message);
        setPreview(null);
        return;
      }
      setFileError(null);
      setPreview(res.data);
      setMapping(res.data.mapping);
      setMappingDirty(false);
      setCommitError(null);
      setConfirming(false);
      // Keep decisions already made for lines still duplicated; default to skipping.
      setDecisions((old) => Object.fromEntries(res.data.duplicates.map((d) => [String(d.line), old[String(d.line)] ?? 'skip'])));
      setFocusTarget(input.mapping ? null : 'mapping');
    },
    onError: () => setFileError(t('errors.network')),
  });

  const duplicates = preview?.duplicates ?? [];
  const toImport = preview ? preview.validCount - duplicates.filter((d) => decisions[String(d.line)] !== 'merge').length : 0;
  const toSetAside = preview?.asideCount ?? 0;

  const commitMutation = useMutation({
    mutationFn: () =>
      commitImportAction(workspaceId, { file: file!, kind, mapping, choices, decisions, expected: { imported: toImport, setAside: toSetAside } }),
    onSuccess: (res) => {
      if (!res.ok) {
        setCommitError(res.message);
        setConfirming(false);
        return;
      }
      setCommitError(null);
      setConfirming(false);
      setResult(res.data);
      setFocusTarget('result');
      router.refresh();
    },
    onError: () => setCommitError(t('errors.network')),
  });

  async function analyse(event: React.FormEvent) {
    event.preventDefault();
    setResult(null);
    setPreview(null);
    setConfirming(false);
    setFocusTarget(null);
    const chosen = fileRef.current?.files?.[0];
    if (!chosen) return setFileError(t('errors.noFile'));
    const format = formatOf(chosen.name);
    if (!format) return setFileError(t('errors.importFormat'));
    if (chosen.size > IMPORT_MAX_BYTES) {
      return setFileError(t('errors.importFileTooLargeSize', { size: Math.round((chosen.size / 1024 / 1024) * 10) / 10 }));
    }
    setFileError(null);
    setReading(0);
    const data = await readAsBase64(chosen, setReading).finally(() => setReading(null));
    const input: ImportFileInput = { name: chosen.name, format, data };
    setFile(input);
    setChoices({});
    previewMutation.mutate({ file: input, kind, choices: {} });
  }

  function choose(key: string, choice: string) {
    const next = { ...choices, [key]: choice };
    setChoices(next);
    if (file) previewMutation.mutate({ file, kind, mapping, choices: next });
  }

  const busy = previewMutation.isPending || commitMutation.isPending;
  const columnLabel = (f: AnyTarget) => (kind === 'actors' ? t(`columns.${f as 'name'}`) : t(`relationColumns.${f as 'from'}`));
  const canReview = !!preview && !preview.missingTargets.length && !mappingDirty && !busy && !result && toImport > 0;
  const progressText = commitMutation.isPending
    ? t('committingRows', { rows: preview?.rowCount ?? 0 })
    : previewMutation.isPending
      ? t('workingRows', { rows: preview?.rowCount ?? 0 })
      : null;

  return (
    <div className="stack import-wizard">
      <WizardStep id={`${ids}-file`} title={t('stepFile')}>
        <form onSubmit={analyse} className="stack form-narrow" noValidate>
          <fieldset className="stack" style={{ border: 0, margin: 0, padding: 0 }}>
            <legend>{t('kindLegend')}</legend>
            {IMPORT_KINDS.map((k) => (
              <label key={k} className="checkbox">
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  value={k}
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setPreview(null);
                    setResult(null);
                  }}
                />
                {t(`kinds.${k}`)}
              </label>
            ))}
            {kind === 'relations' ? <p className="hint">{t('relationsHint')}</p> : null}
          </fieldset>
          <div className="field">
            <label htmlFor={`${ids}-input`}>{t('file')}</label>
            <p className="hint" id={`${ids}-hint`}>
              {t('fileHint', { rows: IMPORT_MAX_ROWS, size: IMPORT_MAX_BYTES / 1024 / 1024 })}
            </p>
            <input
              ref={fileRef}
              id={`${ids}-input`}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${ids}-hint`}
              onChange={() => {
                setPreview(null);
                setResult(null);
                setFileError(null);
              }}
            />
          </div>
          <FormError message={fileError} />
          {reading !== null ? (
            <p>
              <label htmlFor={`${ids}-reading`}>{t('reading')}</label> <progress id={`${ids}-reading`} max={1} value={reading} />
            </p>
          ) : null}
          <SubmitRow disabled={busy}>{previewMutation.isPending && !preview ? t('analysing') : t('analyse')}</SubmitRow>
        </form>
      </WizardStep>

      {progressText ? (
        <p role="status" className="stack">
          <span id={`${ids}-progress`}>{progressText}</span>
          <progress aria-labelledby={`${ids}-progress`} />
        </p>
      ) : null}

      {preview ? (
        <WizardStep id={`${ids}-mapping`} title={t('stepMapping')} headingRef={mappingHeading}>
          <p className="muted">{t('mappingIntro', { file: file?.name ?? '', rows: preview.rowCount })}</p>
          <ImportMappingTable
            kind={kind}
            preview={preview}
            mapping={mapping}
            mappingDirty={mappingDirty}
            idPrefix={ids}
            columnLabel={columnLabel}
            onMap={(target, index) => {
              setMapping({ ...mapping, [target]: index });
              setMappingDirty(true);
            }}
          />
          <div className="actions">
            <button type="button" className="button" disabled={busy || !file} onClick={() => file && previewMutation.mutate({ file, kind, mapping, choices })}>
              {previewMutation.isPending ? t('checking') : t('recheck')}
            </button>
            {mappingDirty ? <p className="hint">{t('mappingChanged')}</p> : null}
          </div>
          {preview.missingTargets.length && !mappingDirty ? (
            <div className="form-error" role="alert">
              {t('missingColumns', { fields: preview.missingTargets.map(columnLabel).join(', ') })}
            </div>
          ) : null}
        </WizardStep>
      ) : null}

      {preview && !mappingDirty && !preview.missingTargets.length ? (
        <WizardStep id={`${ids}-values`} title={t('stepValues')}>
          <ImportValuesStep kind={kind} preview={preview} choices={choices} disabled={busy || !!result} onChoose={choose} idPrefix={ids} />
        </WizardStep>
      ) : null}

      {preview && !mappingDirty && !preview.missingTargets.length ? (
        <WizardStep id={`${ids}-check`} title={t('stepCheck')}>
          <p role="status">{t('plan', { imported: Math.max(0, toImport), aside: toSetAside })}</p>
          {preview.aside.length ? (
            <>
              <DataTable label={t('asideCaption')} caption={t('asideCaption')} columns={[t('line'), t('reason')]}>
                {preview.aside.map((r) => (
                  <tr key={r.line}>
                    <th scope="row">{t('lineN', { line: r.line })}</th>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </DataTable>
              {preview.asideCount > preview.aside.length ? (
                <p className="hint">{t('moreAside', { count: preview.asideCount - preview.aside.length })}</p>
              ) : null}
            </>
          ) : null}

          {duplicates.length ? <ImportDuplicates duplicates={duplicates} decisions={decisions} onDecide={setDecisions} slug={slug} idPrefix={ids} /> : null}

          <FormError message={commitError} />
          {!result && !confirming ? (
            <div className="actions">
              <button
                type="button"
                className="button primary"
                disabled={!canReview}
                onClick={() => {
                  setConfirming(true);
                  setFocusTarget('confirm');
                }}
              >
                {t('review')}
              </button>
              {!busy && toImport <= 0 ? <p className="hint">{t('nothingToImport')}</p> : null}
            </div>
          ) : null}
          {confirming && !result ? (
            <div className="notice stack" role="group" aria-labelledby={`${ids}-confirm`}>
              <h3 id={`${ids}-confirm`} ref={confirmHeading} tabIndex={-1}>
                {t('confirmTitle')}
              </h3>
              <p>{t('plan', { imported: toImport, aside: toSetAside })}</p>
              <p className="hint">{t('nothingWrittenYet')}</p>
              <div className="actions">
                <button type="button" className="button primary" disabled={busy} onClick={() => commitMutation.mutate()}>
                  {commitMutation.isPending ? t('importing') : t('confirm')}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          ) : null}
        </WizardStep>
      ) : null}

      {result ? (
        <WizardStep id={`${ids}-done`} title={t('done')} headingRef={resultHeading} className="card stack notice">
          <p role="status">
            {t('doneHeadline', { imported: result.created + result.merged, aside: result.aside.length })}{' '}
            {result.kind === 'actors'
              ? t('doneSummary', { rows: result.rows, created: result.created, merged: result.merged, skipped: result.skipped })
              : t('doneRelations', { created: result.created })}
          </p>
          {result.aside.length ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadAside(result, t('asideReasonColumn'), `${t('asideFileName')}-${file?.name.replace(/\.(csv|xlsx)$/i, '') ?? 'import'}.csv`)
                }
              >
                {t('downloadAside')}
              </button>
            </p>
          ) : null}
          <p>
            <Link href={`/${slug}/actors${result.kind === 'relations' ? '/graph' : ''}`}>{t('seeActors')}</Link>
          </p>
        </WizardStep>
      ) : null}
    </div>
  );
}
