import { collabDocuments, sharedWithEitherPartner, workspacePageAtRoute, workspacePageWith, wsActionGroup, wsActionsOf } from './registry-model';
import type { CollabEntry, PageEntry, ServerActionEntry } from './registry-model';

// Partnerships (issue 9): a partner reaches only their own authority's partnership and the sections
// shared with it, and acts only there. An area of lib/security/registry.ts.

const PARTNERSHIPS_ACTIONS_MODULE = 'lib/partnerships/actions.ts';
const partnershipsAction = wsActionsOf(PARTNERSHIPS_ACTIONS_MODULE);

export const PARTNERSHIP_PAGES: PageEntry[] = [
  workspacePageAtRoute('/[workspace]/partnerships', 'partnerships.read', {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: 'a partner with one partnership is sent straight to its space',
  }),
  workspacePageAtRoute('/[workspace]/partnerships/coordination', 'coordination.read'),
  workspacePageWith(
    '/[workspace]/partnerships/[partnershipId]',
    'partnerships.read',
    { partnershipId: 'otherPartnership' },
    {
      resource: { partner: 'not_found' },
      note: "the other partner's partnership: the partner of Nioro-Kaya finds nothing (lib/partnerships/access.ts)",
    },
  ),
  workspacePageWith(
    '/[workspace]/partnerships/[partnershipId]/sections/[sectionId]',
    'partnerships.read',
    { partnershipId: 'otherPartnership', sectionId: 'otherPartnerSection' },
    {
      resource: { partner: 'not_found' },
      note: "a section shared with the other partner's partnership only",
    },
  ),
];

export const PARTNERSHIP_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(PARTNERSHIPS_ACTIONS_MODULE, 'partnerships.manage', {
    createPartnershipAction: 'partnerships.create',
    deletePartnershipAction: 'partnerships.delete',
    renamePartnershipAction: 'partnerships.rename',
    shareSectionAction: 'partnerships.shareSection',
    invitePartnerToPartnershipAction: 'partnerships.invite',
  }),
  ...wsActionGroup(PARTNERSHIPS_ACTIONS_MODULE, 'partnerships.contribute', {
    addContributionAction: 'partnerships.addContribution',
    addContactAction: 'partnerships.addContact',
    addExchangeAction: 'partnerships.addExchange',
    removeEntryAction: 'partnerships.removeEntry',
  }),
  partnershipsAction('updateContributionAction', 'partnerships.updateContribution', 'partnerships.contribute', {
    note: 'its author or a manager, on the caller’s own partnership; a partner only on the partner side (lib/partnerships/returns.ts)',
  }),
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
  collabDocuments(
    'partnership',
    'partnershipDocumentName',
    sharedWithEitherPartner(
      {
        label: "the other partner's partnership page (partnerships.contribute; a partner reaches only their own)",
        name: (d) => `partnership:${d.otherPartnership}`,
      },
      { label: "the partner's own partnership page", name: (d) => `partnership:${d.partnerPartnership}` },
    ),
  ),
];
