'use client';

import { useTranslations } from 'next-intl';
import { deleteCompetencyAction, setCompetencyHiddenAction } from '@/lib/competencies/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';
import { useActionsMessage } from '@/components/external-actions/use-message';
import { RefreshingButton } from '@/components/ui/refreshing-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Hides a catalogue entry for the workspace, or shows it again; links already made are kept. */
export function CompetencyVisibilityButton({
  workspaceId,
  catalogueKey,
  hidden,
  title,
}: {
  workspaceId: string;
  catalogueKey: string;
  hidden: boolean;
  title: string;
}) {
  const t = useTranslations('competencies');
  const message = useActionsMessage();
  return (
    <RefreshingButton
      run={() => setCompetencyHiddenAction(workspaceId, { key: catalogueKey, hidden: !hidden })}
      accessibleLabel={hidden ? t('showLabel', { title }) : t('hideLabel', { title })}
      label={hidden ? t('show') : t('hide')}
      translate={message}
    />
  );
}

/** Deletes one of the workspace's own competencies (and the actions' links to it). */
export function DeleteCompetencyButton({ workspaceId, id, title, links }: { workspaceId: string; id: string; title: string; links: number }) {
  const labels = confirmLabels(
    useTranslations('competencies'),
    { label: 'delete', accessible: 'deleteLabel', confirm: 'confirmDelete' },
    { title, count: links },
  );
  return <ConfirmButton small {...labels} run={() => deleteCompetencyAction(workspaceId, { id })} />;
}
