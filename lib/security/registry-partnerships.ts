import { sharedWithOtherPartner, sharedWithPartner, workspacePage, workspacePageAtRoute, ws, wsActionsOf } from './registry-model';
import type { CollabEntry, PageEntry, ServerActionEntry } from './registry-model';

// Partnerships (issue 9): a partner reaches only their own authority's partnership and the sections
// shared with it, and acts only there. An area of lib/security/registry.ts.

const partnershipsAction = wsActionsOf('lib/partnerships/actions.ts');

export const PARTNERSHIP_PAGES: PageEntry[] = [
  workspacePageAtRoute('/[workspace]/partnerships', 'partnerships.read', {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: 'a partner with one partnership is sent straight to its space',
  }),
  workspacePageAtRoute('/[workspace]/partnerships/coordination', 'coordination.read'),
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
  partnershipsAction('createPartnershipAction', 'partnerships.create', 'partnerships.manage'),
  partnershipsAction('deletePartnershipAction', 'partnerships.delete', 'partnerships.manage'),
  partnershipsAction('renamePartnershipAction', 'partnerships.rename', 'partnerships.manage'),
  partnershipsAction('shareSectionAction', 'partnerships.shareSection', 'partnerships.manage'),
  partnershipsAction('invitePartnerToPartnershipAction', 'partnerships.invite', 'partnerships.manage'),
  partnershipsAction('addContributionAction', 'partnerships.addContribution', 'partnerships.contribute'),
  partnershipsAction('updateContributionAction', 'partnerships.updateContribution', 'partnerships.contribute', {
    note: 'its author or a manager, on the caller’s own partnership; a partner only on the partner side (lib/partnerships/returns.ts)',
  }),
  partnershipsAction('addContactAction', 'partnerships.addContact', 'partnerships.contribute'),
  partnershipsAction('addExchangeAction', 'partnerships.addExchange', 'partnerships.contribute'),
  partnershipsAction('removeEntryAction', 'partnerships.removeEntry', 'partnerships.contribute'),
  partnershipsAction('commentAction', 'partnerships.comment', 'partnerships.comment'),
  partnershipsAction('addTranslationAction', 'translations.add', 'partnerships.contribute', {
    note: 'only on a shared written section the caller writes (lib/partnerships/section-queries.ts)',
  }),
  partnershipsAction('confirmTranslationAction', 'translations.confirm', 'partnerships.contribute', {
    note: 'only on a shared written section the caller writes',
  }),
  partnershipsAction('translateEntryAction', 'partnerships.translateEntry', 'partnerships.contribute', {
    note: 'a text of the caller’s own partnership, into another language than its original (lib/partnerships/entry-translations.ts)',
  }),
  partnershipsAction('setCoordinationConsentAction', 'coordination.consent', 'coordination.manage'),
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
