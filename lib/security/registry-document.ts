import {
  sharedWithOtherPartner,
  sharedWithPartner,
  workspacePage,
  ws,
  wsAction,
  type CollabEntry,
  type PageEntry,
  type RouteHandlerEntry,
  type ServerActionEntry,
} from './registry-model';

// The strategy document: its sections and versions, exports and print view, reviews, and the
// collaborative documents of its written sections and their translations. An area of
// lib/security/registry.ts.

export const DOCUMENT_PAGES: PageEntry[] = [
  // Strategy document
  workspacePage('/[workspace]/document', 'document.read', (d) => `${ws(d)}/document`),
  workspacePage('/[workspace]/document/versions', 'document.read', (d) => `${ws(d)}/document/versions`),
  workspacePage('/[workspace]/document/versions/[versionId]', 'document.read', (d) => `${ws(d)}/document/versions/${d.documentVersion}`),
  workspacePage(
    '/[workspace]/document/versions/compare',
    'document.read',
    (d) => `${ws(d)}/document/versions/compare?from=${d.documentVersion2}&to=${d.documentVersion}`,
  ),
  workspacePage('/[workspace]/document/review', 'document.read', (d) => `${ws(d)}/document/review`),
  workspacePage('/[workspace]/document/review/[reviewId]', 'document.read', (d) => `${ws(d)}/document/review/${d.review}`),
];

export const DOCUMENT_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/document/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'document.export' },
    path: (d) => `/api/workspaces/${d.workspace}/document/export?format=docx&lang=fr`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/document/texts',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'document.read',
      note: 'the live text of the named collaborative documents, each only if the collaboration server would let the caller read it (others left out): lib/strategy-document/live-text.test.ts; partners write all they reach, so never need it',
    },
    path: (d) => `/api/workspaces/${d.workspace}/document/texts?name=section:${d.contributorSection}`,
  },
  {
    kind: 'route',
    route: '/[workspace]/document/print',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'document.read' },
    path: (d) => `${ws(d)}/document/print`,
  },
];

export const DOCUMENT_ACTIONS: ServerActionEntry[] = [
  wsAction('lib/strategy-document/actions.ts', 'initializeDocumentAction', 'document.initialize', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'addSectionAction', 'document.addSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'renameSectionAction', 'document.renameSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'removeSectionAction', 'document.removeSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'moveSectionAction', 'document.moveSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'assignSectionAction', 'document.assignSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'saveVersionAction', 'document.saveVersion', 'document.manage'),
  wsAction('lib/review/actions.ts', 'submitReviewAction', 'review.submit', 'review.submit'),
  wsAction('lib/review/actions.ts', 'decideReviewAction', 'review.decide', 'review.decide', {
    note: 'only the reviewers named on the review decide (lib/review/queries.ts)',
  }),
  wsAction('lib/review/actions.ts', 'adoptReviewAction', 'review.adopt', 'review.adopt'),
  wsAction('lib/review/actions.ts', 'openReviewThreadAction', 'review.openThread', 'review.comment'),
  wsAction('lib/review/actions.ts', 'replyToReviewThreadAction', 'review.reply', 'review.comment'),
  wsAction('lib/review/actions.ts', 'setReviewThreadStatusAction', 'review.setThreadStatus', 'review.comment'),
];

export const DOCUMENT_COLLAB: CollabEntry[] = [
  {
    kind: 'collab',
    type: 'section',
    builder: 'sectionDocumentName',
    documents: [
      {
        label: 'written section assigned to the contributor',
        name: (d) => `section:${d.contributorSection}`,
        outcomes: {
          anonymous: 'refused',
          admin: 'read-write',
          editor: 'read-write',
          contributor: 'read-write',
          reviewer: 'read-only',
          partner: 'refused',
          otherPartner: 'refused',
          outsider: 'refused',
        },
      },
      {
        label: 'written section assigned to nobody',
        name: (d) => `section:${d.unassignedSection}`,
        outcomes: {
          anonymous: 'refused',
          admin: 'read-write',
          editor: 'read-write',
          contributor: 'read-only',
          reviewer: 'read-only',
          partner: 'refused',
          otherPartner: 'refused',
          outsider: 'refused',
        },
      },
      {
        label: "written section shared with the other partner's partnership (document.writeShared)",
        name: (d) => `section:${d.otherPartnerSection}`,
        outcomes: sharedWithOtherPartner,
      },
      {
        label: "written section shared with the partner's partnership",
        name: (d) => `section:${d.partnerSection}`,
        outcomes: sharedWithPartner,
      },
    ],
  },
  {
    kind: 'collab',
    type: 'translation',
    builder: 'translationDocumentName',
    documents: [
      {
        label: 'translation of the shared section (follows its section)',
        name: (d) => `section:${d.otherPartnerSection}:tr:${d.translationLanguage}`,
        outcomes: sharedWithOtherPartner,
      },
      {
        label: "translation of the section shared with the partner's partnership",
        name: (d) => `section:${d.partnerSection}:tr:${d.partnerTranslationLanguage}`,
        outcomes: sharedWithPartner,
      },
    ],
  },
];
