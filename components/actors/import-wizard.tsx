'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { FormError } from '@/components/ui/field';
import { commitImportAction, previewImportAction } from '@/lib/actors/import-actions';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, IMPORT_TARGETS, REQUIRED_TARGETS } from '@/lib/actors/import-limits';
import type {
  DuplicateDecision,
  ImportFileInput,
  ImportMapping,
  ImportPreview,
  ImportRowError,
  ImportSummary,
  ImportTarget,
} from '@/lib/actors/import-schemas';

function formatOf(name: string): ImportFileInput['format'] | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'txt' ? 'csv' : ext === 'xlsx' ? 'xlsx' : null;
}

/** Past this many, duplicates are decided all at once (a table of thousands of radio groups helps nobody). */
const SHOWN_DUPLICATES = 200;

/** The file as base64, so that its bytes reach the server unchanged (a Windows-1252 CSV included). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Turns the commit's field errors (`<line>.<field>`) back into row errors. */
function rowErrorsFrom(fieldErrors: Record<string, string> | undefined): ImportRowError[] {
  return Object.entries(fieldErrors ?? {})
    .map(([key, message]) => {
      const [line, field] = key.split('.');
      return { line: Number(line), field: field as ImportTarget, message };
    })
    .filter((e) => Number.isFinite(e.line))
    .sort((a, b) => a.line - b.line);
}

/**
 * The import, in four steps on one page: choose a file, check the column mapping, review invalid
 * rows and likely duplicates, then import everything or nothing.
 */
export function ImportWizard({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const t = useTranslations('actorsImport');
  const tv = useTranslations('validation');
  const router = useRouter();
  const ids = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const mappingHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<ImportFileInput | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [mappingDirty, setMappingDirty] = useState(false);
  const [decisions, setDecisions] = useState<Record<string, DuplicateDecision>>({});
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [commitErrors, setCommitErrors] = useState<ImportRowError[]>([]);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<'mapping' | 'result' | null>(null);

  const message = (m: string) => (tv.has(m) ? tv(m) : t.has(`validation.${m}`) ? t(`validation.${m}`) : m);
  const fieldLabel = (f: ImportTarget | 'row') => (f === 'row' ? t('wholeRow') : t(`columns.${f}`));

  useEffect(() => {
    if (focusTarget === 'mapping') mappingHeading.current?.focus();
    if (focusTarget === 'result') resultHeading.current?.focus();
  }, [focusTarget, preview, result]);

  const previewMutation = useMutation({
    mutationFn: (input: { file: ImportFileInput; mapping?: ImportMapping }) => previewImportAction(workspaceId, input),
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
      setCommitErrors([]);
      setCommitError(null);
      // Keep decisions already made for lines still duplicated; default to skipping.
      setDecisions((old) => Object.fromEntries(res.data.duplicates.map((d) => [String(d.line), old[String(d.line)] ?? 'skip'])));
      if (!input.mapping) setFocusTarget('mapping');
    },
    onError: () => setFileError(t('errors.network')),
  });

  const commitMutation = useMutation({
    mutationFn: () => commitImportAction(workspaceId, { file: file!, mapping, decisions }),
    onSuccess: (res) => {
      if (!res.ok) {
        setCommitError(res.message);
        setCommitErrors(rowErrorsFrom(res.fieldErrors));
        return;
      }
      setCommitError(null);
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
    setCommitErrors([]);
    setFocusTarget(null);
    const chosen = fileRef.current?.files?.[0];
    if (!chosen) return setFileError(t('errors.noFile'));
    const format = formatOf(chosen.name);
    if (!format) return setFileError(t('errors.importFormat'));
    if (chosen.size > IMPORT_MAX_BYTES) {
      return setFileError(t('errors.importFileTooLargeSize', { size: Math.round((chosen.size / 1024 / 1024) * 10) / 10 }));
    }
    setFileError(null);
    const input: ImportFileInput = { name: chosen.name, format, data: await readAsBase64(chosen) };
    setFile(input);
    previewMutation.mutate({ file: input });
  }

  const busy = previewMutation.isPending || commitMutation.isPending;
  const errors = commitErrors.length ? commitErrors : (preview?.errors ?? []);
  const errorCount = commitErrors.length || preview?.errorCount || 0;
  const invalidLines = new Set(errors.map((e) => e.line)).size;
  const canCommit = !!preview && !preview.missingTargets.length && preview.errorCount === 0 && !mappingDirty && !busy && !result;
  const duplicates = preview?.duplicates ?? [];
  const toImport = preview ? preview.validCount - duplicates.filter((d) => decisions[String(d.line)] !== 'merge').length : 0;

  return (
    <div className="stack import-wizard">
      <section aria-labelledby={`${ids}-file`} className="card stack">
        <h2 id={`${ids}-file`}>{t('stepFile')}</h2>
        <form onSubmit={analyse} className="stack form-narrow" noValidate>
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
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {previewMutation.isPending && !preview ? t('analysing') : t('analyse')}
            </button>
          </div>
        </form>
      </section>

      {preview ? (
        <section aria-labelledby={`${ids}-mapping`} className="card stack">
          <h2 id={`${ids}-mapping`} ref={mappingHeading} tabIndex={-1}>
            {t('stepMapping')}
          </h2>
          <p className="muted">{t('mappingIntro', { file: file?.name ?? '', rows: preview.rowCount })}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('mappingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('column')}</th>
                  <th scope="col">{t('example')}</th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_TARGETS.map((target) => {
                  const index = mapping[target];
                  const required = (REQUIRED_TARGETS as readonly string[]).includes(target);
                  const missing = preview.missingTargets.includes(target) && !mappingDirty;
                  return (
                    <tr key={target}>
                      <th scope="row">
                        <label htmlFor={`${ids}-map-${target}`}>
                          {t(`columns.${target}`)}
                          {required ? <span className="muted"> ({t('required')})</span> : null}
                        </label>
                      </th>
                      <td>
                        <select
                          id={`${ids}-map-${target}`}
                          value={index === undefined || index === null ? '' : String(index)}
                          aria-invalid={missing}
                          onChange={(e) => {
                            setMapping({ ...mapping, [target]: e.target.value === '' ? null : Number(e.target.value) });
                            setMappingDirty(true);
                          }}
                        >
                          <option value="">{t('ignore')}</option>
                          {preview.headers.map((h, i) => (
                            <option key={i} value={i}>
                              {h || t('unnamedColumn', { n: i + 1 })}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="muted">{index === undefined || index === null ? '' : (preview.samples[0]?.[index] ?? '')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy || !file}
              onClick={() => file && previewMutation.mutate({ file, mapping })}
            >
              {previewMutation.isPending ? t('checking') : t('recheck')}
            </button>
            {mappingDirty ? <p className="hint">{t('mappingChanged')}</p> : null}
          </div>
        </section>
      ) : null}

      {preview && !mappingDirty ? (
        <section aria-labelledby={`${ids}-check`} className="card stack">
          <h2 id={`${ids}-check`}>{t('stepCheck')}</h2>
          <p role="status">
            {t('summary', { rows: preview.rowCount, valid: preview.validCount, invalid: invalidLines })}
          </p>
          {preview.missingTargets.length ? (
            <div className="form-error" role="alert">
              {t('missingColumns', { fields: preview.missingTargets.map((f) => t(`columns.${f}`)).join(', ') })}
            </div>
          ) : null}
          {errors.length ? (
            <>
              <div className="form-error" role="alert">
                {t('nothingImported', { count: errorCount })}
              </div>
              <div className="table-wrap">
                <table>
                  <caption>{t('errorsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('line')}</th>
                      <th scope="col">{t('field')}</th>
                      <th scope="col">{t('problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {errors.map((e) => (
                      <tr key={`${e.line}-${e.field}`}>
                        <th scope="row">{t('lineN', { line: e.line })}</th>
                        <td>{fieldLabel(e.field)}</td>
                        <td>{message(e.message)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {errorCount > errors.length ? <p className="hint">{t('moreErrors', { count: errorCount - errors.length })}</p> : null}
            </>
          ) : null}

          {duplicates.length ? (
            <div className="stack">
              <h3>{t('duplicatesTitle', { count: duplicates.length })}</h3>
              <p className="hint">{t('duplicatesHint')}</p>
              <div className="actions">
                <button type="button" className="button small" onClick={() => setDecisions(Object.fromEntries(duplicates.map((d) => [String(d.line), 'merge'])))}>
                  {t('mergeAll')}
                </button>
                <button type="button" className="button small" onClick={() => setDecisions(Object.fromEntries(duplicates.map((d) => [String(d.line), 'skip'])))}>
                  {t('skipAll')}
                </button>
              </div>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{t('duplicatesCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('line')}</th>
                      <th scope="col">{t('columns.name')}</th>
                      <th scope="col">{t('matches')}</th>
                      <th scope="col">{t('decision')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {duplicates.slice(0, SHOWN_DUPLICATES).map((d) => {
                      const key = String(d.line);
                      const name = `${ids}-dup-${d.line}`;
                      return (
                        <tr key={key}>
                          <th scope="row">{t('lineN', { line: d.line })}</th>
                          <td>
                            {d.name}
                            {d.country ? <span className="muted"> · {d.country}</span> : null}
                          </td>
                          <td>
                            {d.match.kind === 'existing' ? (
                              <Link href={`/${slug}/actors/${d.match.actorId}`}>{t('existingActor', { name: d.match.name })}</Link>
                            ) : (
                              t('earlierLine', { line: d.match.line })
                            )}
                          </td>
                          <td>
                            <fieldset className="radio-row" style={{ border: 0, margin: 0, padding: 0, display: 'flex', gap: '1rem' }}>
                              <legend className="visually-hidden">{t('decisionFor', { line: d.line, name: d.name })}</legend>
                              {(['merge', 'skip'] as const).map((choice) => (
                                <label key={choice} className="checkbox">
                                  <input
                                    type="radio"
                                    name={name}
                                    value={choice}
                                    checked={decisions[key] === choice}
                                    onChange={() => setDecisions({ ...decisions, [key]: choice })}
                                  />
                                  {t(choice)}
                                </label>
                              ))}
                            </fieldset>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {duplicates.length > SHOWN_DUPLICATES ? (
                <p className="hint">{t('moreDuplicates', { count: duplicates.length - SHOWN_DUPLICATES })}</p>
              ) : null}
            </div>
          ) : null}

          <FormError message={commitError} />
          {!result ? (
            <div className="actions">
              <button type="button" className="button primary" disabled={!canCommit} onClick={() => commitMutation.mutate()}>
                {commitMutation.isPending ? t('importing') : t('commit', { count: Math.max(0, toImport) })}
              </button>
              {!canCommit && preview.errorCount ? <p className="hint">{t('fixFirst')}</p> : null}
            </div>
          ) : null}
        </section>
      ) : null}

      {result ? (
        <section aria-labelledby={`${ids}-done`} className="card stack notice">
          <h2 id={`${ids}-done`} ref={resultHeading} tabIndex={-1}>
            {t('done')}
          </h2>
          <p role="status">{t('doneSummary', result)}</p>
          <p>
            <Link href={`/${slug}/actors`}>{t('seeActors')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
