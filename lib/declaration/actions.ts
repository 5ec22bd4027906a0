'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { AidCategoryInput, DeclarationYearInput } from './schemas';
import { freezeDeclaration, reopenDeclaration, setAidCategory } from './queries';

// The yearly declaration of development assistance (docs/decisions/0027-yearly-aid-declaration.md).
// Managers choose categories and freeze; only an admin re-opens a frozen year.

export const setAidCategoryAction = workspaceQueryAction('declaration.setCategory', AidCategoryInput, 'declaration.manage', setAidCategory);

export const freezeDeclarationAction = workspaceQueryAction('declaration.freeze', DeclarationYearInput, 'declaration.manage', freezeDeclaration);

export const reopenDeclarationAction = workspaceQueryAction('declaration.reopen', DeclarationYearInput, 'declaration.reopen', reopenDeclaration);
