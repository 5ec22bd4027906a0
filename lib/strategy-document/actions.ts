'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { AddSectionInput, AssignSectionInput, InitializeInput, MoveSectionInput, RenameSectionInput, SaveVersionInput, SectionRef } from './schemas';
import { addSection, assignSection, initializeOutline, moveSection, removeSection, renameSection, saveVersion } from './queries';

// The text of written sections is not changed here: it travels through the collaboration server,
// which asks the same policy (lib/collab/auth.ts). These actions manage the outline and versions.

export const initializeDocumentAction = workspaceQueryAction('document.initialize', InitializeInput, 'document.manage', initializeOutline);

export const addSectionAction = workspaceQueryAction('document.addSection', AddSectionInput, 'document.manage', addSection);

export const renameSectionAction = workspaceQueryAction('document.renameSection', RenameSectionInput, 'document.manage', renameSection);

export const removeSectionAction = workspaceQueryAction('document.removeSection', SectionRef, 'document.manage', removeSection);

export const moveSectionAction = workspaceQueryAction('document.moveSection', MoveSectionInput, 'document.manage', moveSection);

export const assignSectionAction = workspaceQueryAction('document.assignSection', AssignSectionInput, 'document.manage', assignSection);

export const saveVersionAction = workspaceQueryAction('document.saveVersion', SaveVersionInput, 'document.manage', saveVersion);
