'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { withInvitationLink } from '@/lib/workspaces/invitation-link';
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

export const createPartnershipAction = workspaceQueryAction('partnerships.create', CreatePartnershipInput, 'partnerships.manage', createPartnership);

export const deletePartnershipAction = workspaceQueryAction('partnerships.delete', PartnershipRef, 'partnerships.manage', deletePartnership);

export const renamePartnershipAction = workspaceQueryAction('partnerships.rename', RenamePartnershipInput, 'partnerships.manage', renamePartnership);

export const shareSectionAction = workspaceQueryAction('partnerships.shareSection', ShareSectionInput, 'partnerships.manage', shareSection);

export const addContributionAction = workspaceQueryAction('partnerships.addContribution', ContributionInput, 'partnerships.contribute', addContribution);

/** Rewrites a reciprocity entry (its author or a manager); its translations then show as out of date. */
export const updateContributionAction = workspaceQueryAction(
  'partnerships.updateContribution',
  UpdateContributionInput,
  'partnerships.contribute',
  updateContribution,
);

export const addContactAction = workspaceQueryAction('partnerships.addContact', ContactInput, 'partnerships.contribute', addContact);

export const addExchangeAction = workspaceQueryAction('partnerships.addExchange', ExchangeInput, 'partnerships.contribute', addExchange);

export const removeEntryAction = workspaceQueryAction('partnerships.removeEntry', EntryRef, 'partnerships.contribute', removeEntry);

export const commentAction = workspaceQueryAction('partnerships.comment', CommentInput, 'partnerships.comment', addComment);

export const addTranslationAction = workspaceQueryAction('translations.add', TranslationInput, 'partnerships.contribute', addTranslation);

export const confirmTranslationAction = workspaceQueryAction('translations.confirm', TranslationInput, 'partnerships.contribute', markTranslationUpToDate);

/** Translates a text of the partnership's space (joint objectives, reciprocity, exchange, joint action's title). */
export const translateEntryAction = workspaceQueryAction('partnerships.translateEntry', EntryTranslationInput, 'partnerships.contribute', saveEntryTranslation);

const invitePartnerAction = workspaceQueryAction('partnerships.invite', InvitePartnerInput, 'partnerships.manage', invitePartner);

/** Invites a person of the partner authority and returns the one-time link (emailed when SMTP is set). */
export const invitePartnerToPartnershipAction = withInvitationLink(invitePartnerAction);

export const setCoordinationConsentAction = workspaceQueryAction(
  'coordination.consent',
  CoordinationConsentInput,
  'coordination.manage',
  setCoordinationConsent,
);
