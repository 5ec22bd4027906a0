import {
  demoPathOf,
  collabDocuments,
  sharedWithEitherPartner,
  teamDocument,
  workspaceGetRoute,
  workspacePage,
  workspacePageAtRoute,
  workspacePageWith,
  ws,
  wsActionGroup,
  wsActionsOf,
} from './registry-model';
import type { CollabEntry, PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The strategy document: its sections and versions, exports and print view, reviews, and the
// collaborative documents of its written sections and their translations. An area of
// lib/security/registry.ts.

const REVIEW_ACTIONS_MODULE = 'lib/review/actions.ts';
const reviewAction = wsActionsOf(REVIEW_ACTIONS_MODULE);

export const DOCUMENT_PAGES: PageEntry[] = [
  // Strategy document
  workspacePageAtRoute('/[workspace]/document', 'document.read'),
  workspacePageAtRoute('/[workspace]/document/versions', 'document.read'),
  workspacePageWith('/[workspace]/document/versions/[versionId]', 'document.read', { versionId: 'documentVersion' }),
  workspacePage(
    '/[workspace]/document/versions/compare',
    'document.read',
    (d) => `${ws(d)}/document/versions/compare?from=${d.documentVersion2}&to=${d.documentVersion}`,
  ),
  workspacePageAtRoute('/[workspace]/document/review', 'document.read'),
  workspacePageWith('/[workspace]/document/review/[reviewId]', 'document.read', { reviewId: 'review' }),
];

export const DOCUMENT_ROUTES: RouteHandlerEntry[] = [
  workspaceGetRoute(
    '/api/workspaces/[workspace]/document/export',
    'document.export',
    (d) => `/api/workspaces/${d.workspace}/document/export?format=docx&lang=fr`,
  ),
  workspaceGetRoute(
    '/api/workspaces/[workspace]/document/texts',
    'document.read',
    (d) => `/api/workspaces/${d.workspace}/document/texts?name=section:${d.contributorSection}`,
    {
      note: 'the live text of the named collaborative documents, each only if the collaboration server would let the caller read it (others left out): lib/strategy-document/live-text.test.ts; partners write all they reach, so never need it',
    },
  ),
  workspaceGetRoute('/[workspace]/document/print', 'document.read', demoPathOf('/[workspace]/document/print')),
];

export const DOCUMENT_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup('lib/strategy-document/actions.ts', 'document.manage', {
    initializeDocumentAction: 'document.initialize',
    addSectionAction: 'document.addSection',
    renameSectionAction: 'document.renameSection',
    removeSectionAction: 'document.removeSection',
    moveSectionAction: 'document.moveSection',
    assignSectionAction: 'document.assignSection',
    saveVersionAction: 'document.saveVersion',
  }),
  reviewAction('submitReviewAction', 'review.submit', 'review.submit'),
  reviewAction('decideReviewAction', 'review.decide', 'review.decide', {
    note: 'only the reviewers named on the review decide (lib/review/queries.ts)',
  }),
  reviewAction('adoptReviewAction', 'review.adopt', 'review.adopt'),
  ...wsActionGroup(REVIEW_ACTIONS_MODULE, 'review.comment', {
    openReviewThreadAction: 'review.openThread',
    replyToReviewThreadAction: 'review.reply',
    setReviewThreadStatusAction: 'review.setThreadStatus',
  }),
];

export const DOCUMENT_COLLAB: CollabEntry[] = [
  collabDocuments('section', 'sectionDocumentName', [
    {
      label: 'written section assigned to the contributor',
      name: (d) => `section:${d.contributorSection}`,
      outcomes: teamDocument({ contributor: 'read-write' }),
    },
    { label: 'written section assigned to nobody', name: (d) => `section:${d.unassignedSection}`, outcomes: teamDocument() },
    ...sharedWithEitherPartner(
      { label: "written section shared with the other partner's partnership (document.writeShared)", name: (d) => `section:${d.otherPartnerSection}` },
      { label: "written section shared with the partner's partnership", name: (d) => `section:${d.partnerSection}` },
    ),
  ]),
  collabDocuments(
    'translation',
    'translationDocumentName',
    sharedWithEitherPartner(
      { label: 'translation of the shared section (follows its section)', name: (d) => `section:${d.otherPartnerSection}:tr:${d.translationLanguage}` },
      {
        label: "translation of the section shared with the partner's partnership",
        name: (d) => `section:${d.partnerSection}:tr:${d.partnerTranslationLanguage}`,
      },
    ),
  ),
];
