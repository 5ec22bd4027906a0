import {
  sharedWithOtherPartner,
  sharedWithPartner,
  workspacePage,
  ws,
  wsAction,
  type CollabEntry,
  type PageEntry,
  type ServerActionEntry,
} from './registry-model';

// Partnerships (issue 9): a partner reaches only their own authority's partnership and the sections
// shared with it, and acts only there. An area of lib/security/registry.ts.

export const PARTNERSHIP_PAGES: PageEntry[] = [
  workspacePage('/[workspace]/partnerships', 'partnerships.read', (d) => `${ws(d)}/partnerships`, {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: 'a partner with one partnership is sent straight to its space',
  }),
  workspacePage('/[workspace]/partnerships/coordination', 'coordination.read', (d) => `${ws(d)}/partnerships/coordination`),
  workspacePage('/[workspace]/partnerships/[partnershipId]', 'partnerships.read', (d) => `${ws(d)}/partnerships/${d.otherPartnership}`, {
    resource: { partner: 'not_found' },
    note: "the other partner's partnership: the partner of Nioro-Kaya finds nothing (lib/partnerships/access.ts)",
  }),
  workspacePage(
    '/[workspace]/partnerships/[partnershipId]/sections/[sectionId]',
    'partnerships.read',
    (d) => `${ws(d)}/partnerships/${d.otherPartnership}/sections/${d.otherPartnerSection}`,
    {
      resource: { partner: 'not_found' },
      note: "a section shared with the other partner's partnership only",
    },
  ),
];

export const PARTNERSHIP_ACTIONS: ServerActionEntry[] = [
  wsAction('lib/partnerships/actions.ts', 'createPartnershipAction', 'partnerships.create', 'partnerships.manage'),
  wsAction('lib/partnerships/actions.ts', 'deletePartnershipAction', 'partnerships.delete', 'partnerships.manage'),
  wsAction('lib/partnerships/actions.ts', 'renamePartnershipAction', 'partnerships.rename', 'partnerships.manage'),
  wsAction('lib/partnerships/actions.ts', 'shareSectionAction', 'partnerships.shareSection', 'partnerships.manage'),
  wsAction('lib/partnerships/actions.ts', 'invitePartnerToPartnershipAction', 'partnerships.invite', 'partnerships.manage'),
  wsAction('lib/partnerships/actions.ts', 'addContributionAction', 'partnerships.addContribution', 'partnerships.contribute'),
  wsAction('lib/partnerships/actions.ts', 'updateContributionAction', 'partnerships.updateContribution', 'partnerships.contribute', {
    note: 'its author or a manager, on the caller’s own partnership; a partner only on the partner side (lib/partnerships/returns.ts)',
  }),
  wsAction('lib/partnerships/actions.ts', 'addContactAction', 'partnerships.addContact', 'partnerships.contribute'),
  wsAction('lib/partnerships/actions.ts', 'addExchangeAction', 'partnerships.addExchange', 'partnerships.contribute'),
  wsAction('lib/partnerships/actions.ts', 'removeEntryAction', 'partnerships.removeEntry', 'partnerships.contribute'),
  wsAction('lib/partnerships/actions.ts', 'commentAction', 'partnerships.comment', 'partnerships.comment'),
  wsAction('lib/partnerships/actions.ts', 'addTranslationAction', 'translations.add', 'partnerships.contribute', {
    note: 'only on a shared written section the caller writes (lib/partnerships/section-queries.ts)',
  }),
  wsAction('lib/partnerships/actions.ts', 'confirmTranslationAction', 'translations.confirm', 'partnerships.contribute', {
    note: 'only on a shared written section the caller writes',
  }),
  wsAction('lib/partnerships/actions.ts', 'translateEntryAction', 'partnerships.translateEntry', 'partnerships.contribute', {
    note: 'a text of the caller’s own partnership, into another language than its original (lib/partnerships/entry-translations.ts)',
  }),
  wsAction('lib/partnerships/actions.ts', 'setCoordinationConsentAction', 'coordination.consent', 'coordination.manage'),
];

export const PARTNERSHIP_COLLAB: CollabEntry[] = [
  {
    kind: 'collab',
    type: 'partnership',
    builder: 'partnershipDocumentName',
    documents: [
      {
        label: "the other partner's partnership page (partnerships.contribute; a partner reaches only their own)",
        name: (d) => `partnership:${d.otherPartnership}`,
        outcomes: sharedWithOtherPartner,
      },
      {
        label: "the partner's own partnership page",
        name: (d) => `partnership:${d.partnerPartnership}`,
        outcomes: sharedWithPartner,
      },
    ],
  },
];
