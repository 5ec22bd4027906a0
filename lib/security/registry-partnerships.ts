import type { WsAction } from './registry';

/**
 * The server actions of partnerships (lib/partnerships/actions.ts), cut out of registry.ts to keep
 * it under its length: a partner acts only on their own authority's partnership and shared
 * sections. `wsAction` is registry.ts's own helper, passed in (a value import would be a cycle).
 */
export const partnershipActions = (wsAction: WsAction) => [
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
    note: 'only on a shared written section the caller writes (lib/partnerships/queries.ts)',
  }),
  wsAction('lib/partnerships/actions.ts', 'confirmTranslationAction', 'translations.confirm', 'partnerships.contribute', {
    note: 'only on a shared written section the caller writes',
  }),
  wsAction('lib/partnerships/actions.ts', 'translateEntryAction', 'partnerships.translateEntry', 'partnerships.contribute', {
    note: 'a text of the caller’s own partnership, into another language than its original (lib/partnerships/entry-translations.ts)',
  }),
  wsAction('lib/partnerships/actions.ts', 'setCoordinationConsentAction', 'coordination.consent', 'coordination.manage'),
];
