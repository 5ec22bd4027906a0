'use server';

import { workspaceAction } from '@/lib/auth/action';
import { sendInvitationLink } from '@/lib/workspaces/invitation-link';
import {
  CommentInput,
  CoordinationConsentInput,
  ContactInput,
  ContributionInput,
  CreatePartnershipInput,
  EntryRef,
  EntryTranslationInput,
  ExchangeInput,
  InvitePartnerInput,
  PartnershipRef,
  RenamePartnershipInput,
  ShareSectionInput,
  TranslationInput,
  UpdateContributionInput,
} from './schemas';
import { addTranslation, markTranslationUpToDate, shareSection } from './section-queries';
import { addComment, addContact, addExchange, createPartnership, deletePartnership, invitePartner, removeEntry, renamePartnership } from './write-queries';
import { setCoordinationConsent } from './coordination';
import { saveEntryTranslation } from './entry-translations';
import { addContribution, updateContribution } from './returns';

export const createPartnershipAction = workspaceAction('partnerships.create', CreatePartnershipInput, 'partnerships.manage', (ctx, input, tx) =>
  createPartnership(tx, ctx, input),
);

export const deletePartnershipAction = workspaceAction('partnerships.delete', PartnershipRef, 'partnerships.manage', (ctx, input, tx) =>
  deletePartnership(tx, ctx, input),
);

export const renamePartnershipAction = workspaceAction('partnerships.rename', RenamePartnershipInput, 'partnerships.manage', (ctx, input, tx) =>
  renamePartnership(tx, ctx, input),
);

export const shareSectionAction = workspaceAction('partnerships.shareSection', ShareSectionInput, 'partnerships.manage', (ctx, input, tx) =>
  shareSection(tx, ctx, input),
);

export const addContributionAction = workspaceAction('partnerships.addContribution', ContributionInput, 'partnerships.contribute', (ctx, input, tx) =>
  addContribution(tx, ctx, input),
);

/** Rewrites a reciprocity entry (its author or a manager); its translations then show as out of date. */
export const updateContributionAction = workspaceAction(
  'partnerships.updateContribution',
  UpdateContributionInput,
  'partnerships.contribute',
  (ctx, input, tx) => updateContribution(tx, ctx, input),
);

export const addContactAction = workspaceAction('partnerships.addContact', ContactInput, 'partnerships.contribute', (ctx, input, tx) =>
  addContact(tx, ctx, input),
);

export const addExchangeAction = workspaceAction('partnerships.addExchange', ExchangeInput, 'partnerships.contribute', (ctx, input, tx) =>
  addExchange(tx, ctx, input),
);

export const removeEntryAction = workspaceAction('partnerships.removeEntry', EntryRef, 'partnerships.contribute', (ctx, input, tx) =>
  removeEntry(tx, ctx, input),
);

export const commentAction = workspaceAction('partnerships.comment', CommentInput, 'partnerships.comment', (ctx, input, tx) => addComment(tx, ctx, input));

export const addTranslationAction = workspaceAction('translations.add', TranslationInput, 'partnerships.contribute', (ctx, input, tx) =>
  addTranslation(tx, ctx, input),
);

export const confirmTranslationAction = workspaceAction('translations.confirm', TranslationInput, 'partnerships.contribute', (ctx, input, tx) =>
  markTranslationUpToDate(tx, ctx, input),
);

/** Translates a text of the partnership's space (joint objectives, reciprocity, exchange, joint action's title). */
export const translateEntryAction = workspaceAction('partnerships.translateEntry', EntryTranslationInput, 'partnerships.contribute', (ctx, input, tx) =>
  saveEntryTranslation(tx, ctx, input),
);

const invitePartnerAction = workspaceAction('partnerships.invite', InvitePartnerInput, 'partnerships.manage', (ctx, input, tx) =>
  invitePartner(tx, ctx, input),
);

/** Invites a person of the partner authority and returns the one-time link (emailed when SMTP is set). */
export async function invitePartnerToPartnershipAction(workspaceId: string, input: InvitePartnerInput) {
  const result = await invitePartnerAction(workspaceId, input);
  if (!result.ok) return result;
  return sendInvitationLink(result.data);
}

export const setCoordinationConsentAction = workspaceAction('coordination.consent', CoordinationConsentInput, 'coordination.manage', (ctx, input, tx) =>
  setCoordinationConsent(tx, ctx, input),
);
