'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/ui/field';
import { setCensusLinkOpenAction } from '@/lib/census/actions';
import { useCensusMessage } from './use-census-message';
import { DataTable } from '@/components/ui/data-table';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

export type CensusLinkRow = {
  id: string;
  title: string;
  url: string;
  open: boolean;
  status: 'open' | 'closed' | 'expired';
  closesAt: string | null;
  responses: number;
  pending: number;
};

/** The workspace's questionnaire links: state, public address to copy, open or close. */
export function CensusLinksTable({ workspaceId, links }: { workspaceId: string; links: CensusLinkRow[] }) {
  const t = useTranslations('census.links');
  const tc = useCensusMessage();
  const [copied, setCopied] = useState<string | null>(null);
  const toggle = useRefreshingMutation((input: { id: string; open: boolean }) => setCensusLinkOpenAction(workspaceId, input));
  const failed = toggle.data && !toggle.data.ok ? toggle.data.message : null;
  if (!links.length) return <p className="muted">{t('none')}</p>;
  return (
    <div className="stack">
      <FormError message={tc(failed)} />
      <DataTable id="census-links" caption={t('caption')} hideCaption columns={[t('titleLabel'), t('state'), t('answers'), t('publicUrl'), t('actions')]}>
        {links.map((link) => (
          <tr key={link.id}>
            <th scope="row">{link.title}</th>
            <td>
              <span className="badge">{t(`status.${link.status}`)}</span>
              {link.closesAt ? <span className="muted"> {t('closesOn', { date: link.closesAt })}</span> : null}
            </td>
            <td>{t('answersCount', { total: link.responses, pending: link.pending })}</td>
            <td>
              <label className="visually-hidden" htmlFor={`census-url-${link.id}`}>
                {t('publicUrlOf', { title: link.title })}
              </label>
              <input
                id={`census-url-${link.id}`}
                type="text"
                readOnly
                value={link.url}
                onFocus={(e) => e.currentTarget.select()}
                style={{ width: '100%', minWidth: '16rem' }}
              />
            </td>
            <td>
              <div className="actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={t('copyOf', { title: link.title })}
                  onClick={async () => {
                    await navigator.clipboard?.writeText(link.url).catch(() => undefined);
                    setCopied(link.id);
                  }}
                >
                  {copied === link.id ? t('copied') : t('copy')}
                </button>
                <button type="button" className="button small" disabled={toggle.isPending} onClick={() => toggle.mutate({ id: link.id, open: !link.open })}>
                  {link.open ? t('closeLink', { title: link.title }) : t('openLink', { title: link.title })}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="visually-hidden" role="status">
        {copied ? t('copied') : ''}
      </p>
    </div>
  );
}
