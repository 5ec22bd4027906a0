'use server';

import { workspaceAction } from '@/lib/auth/action';
import { AddSectionInput, AssignSectionInput, InitializeInput, MoveSectionInput, RenameSectionInput, SaveVersionInput, SectionRef } from './schemas';
import { addSection, assignSection, initializeOutline, moveSection, removeSection, renameSection, saveVersion } from './queries';

// The text of written sections is not changed here: it travels through the collaboration server,
// which asks the same policy (lib/collab/auth.ts). These actions manage the outline and versions.

export const initializeDocumentAction = workspaceAction('document.initialize', InitializeInput, 'document.manage', (ctx, input, tx) =>
  initializeOutline(tx, ctx, input),
);

export const addSectionAction = workspaceAction('document.addSection', AddSectionInput, 'document.manage', (ctx, input, tx) => addSection(tx, ctx, input));

export const renameSectionAction = workspaceAction('document.renameSection', RenameSectionInput, 'document.manage', (ctx, input, tx) =>
  renameSection(tx, ctx, input),
);

export const removeSectionAction = workspaceAction('document.removeSection', SectionRef, 'document.manage', (ctx, input, tx) => removeSection(tx, ctx, input));

export const moveSectionAction = workspaceAction('document.moveSection', MoveSectionInput, 'document.manage', (ctx, input, tx) => moveSection(tx, ctx, input));

export const assignSectionAction = workspaceAction('document.assignSection', AssignSectionInput, 'document.manage', (ctx, input, tx) =>
  assignSection(tx, ctx, input),
);

export const saveVersionAction = workspaceAction('document.saveVersion', SaveVersionInput, 'document.manage', (ctx, input, tx) => saveVersion(tx, ctx, input));
