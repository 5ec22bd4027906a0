'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/errors';
import { FormError, FormSuccess, useValidationMessage, SubmitRow } from '@/components/ui/field';
import { publishStrategyAction, unpublishStrategyAction } from '@/lib/publication/actions';
import { PUBLIC_BLOCKS, type PublicBlock } from '@/lib/dashboard/types';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

/**
 * The admin's publication controls: which dashboard blocks to show (checkboxes), whether to show
 * the written chapters, publish; and unpublish, confirmed by a second click (no browser dialog).
 */
export function PublishForm({
  workspaceId,
  versionId,
  publishedVersionId,
  initialBlocks,
  initialChapters,
}: {
  workspaceId: string;
  versionId: string;
  publishedVersionId: string | null;
  initialBlocks: PublicBlock[];
  initialChapters: boolean;
}) {
  const t = useTranslations('publication');
  const tb = useTranslations('dashboard.blocks');
  const validation = useValidationMessage();
  const router = useRouter();
  const [blocks, setBlocks] = useState<PublicBlock[]>(initialBlocks);
  const [chapters, setChapters] = useState(initialChapters);
  const step = useConfirmState();
  const [done, setDone] = useState<string | null>(null);
  const message = (result: ActionResult<unknown> | undefined) => {
    if (!result || result.ok) return null;
    return t.has(`errors.${result.message}`) ? t(`errors.${result.message}` as 'errors.notAdopted') : (validation(result.message) ?? result.message);
  };
  const publish = useMutation({
    mutationFn: () => publishStrategyAction(workspaceId, { versionId, blocks, chapters }),
    onSuccess: (result) => {
      if (result.ok) {
        setDone(t('published'));
        router.refresh();
      }
    },
  });
  const unpublish = useMutation({
    mutationFn: () => unpublishStrategyAction(workspaceId, { versionId: publishedVersionId ?? '' }),
    onSuccess: (result) => {
      if (result.ok) {
        step.setConfirming(false);
        setDone(t('unpublished'));
        router.refresh();
      }
    },
  });
  const toggle = (block: PublicBlock, on: boolean) => setBlocks((list) => (on ? [...list, block] : list.filter((b) => b !== block)));
  return (
    <div className="stack publish-form">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(null);
          publish.mutate();
        }}
      >
        <fieldset>
          <legend>{t('blocksLegend')}</legend>
          <p className="hint" id="blocks-hint">
            {t('blocksHint')}
          </p>
          <div className="checkbox-grid">
            {PUBLIC_BLOCKS.map((block) => (
              <label key={block} className="checkbox">
                <input
                  type="checkbox"
                  name="blocks"
                  value={block}
                  checked={blocks.includes(block)}
                  onChange={(e) => toggle(block, e.target.checked)}
                  aria-describedby="blocks-hint"
                />
                {tb(block)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" name="chapters" checked={chapters} onChange={(e) => setChapters(e.target.checked)} />
          {t('chapters')}
        </label>
        <FormError message={message(publish.data)} />
        <SubmitRow disabled={publish.isPending}>{publishedVersionId ? t('republish') : t('publish')}</SubmitRow>
      </form>
      {publishedVersionId ? (
        <div className="actions">
          <ConfirmStep
            {...step}
            run={unpublish}
            label={t('unpublish')}
            prompt={<span>{t('confirmUnpublish')}</span>}
            confirmLabel={t('unpublish')}
            cancelLabel={t('cancel')}
            tone="danger"
          />
          <FormError message={message(unpublish.data)} />
        </div>
      ) : null}
      <FormSuccess message={done} />
    </div>
  );
}
