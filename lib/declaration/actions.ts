'use server';

import { workspaceAction } from '@/lib/auth/action';
import { AidCategoryInput, DeclarationYearInput } from './schemas';
import { freezeDeclaration, reopenDeclaration, setAidCategory } from './queries';

// The yearly declaration of development assistance (docs/decisions/0027-yearly-aid-declaration.md).
// Managers choose categories and freeze; only an admin re-opens a frozen year.

export const setAidCategoryAction = workspaceAction('declaration.setCategory', AidCategoryInput, 'declaration.manage', (ctx, input, tx) =>
  setAidCategory(tx, ctx, input),
);

export const freezeDeclarationAction = workspaceAction('declaration.freeze', DeclarationYearInput, 'declaration.manage', (ctx, input, tx) =>
  freezeDeclaration(tx, ctx, input),
);

export const reopenDeclarationAction = workspaceAction('declaration.reopen', DeclarationYearInput, 'declaration.reopen', (ctx, input, tx) =>
  reopenDeclaration(tx, ctx, input),
);
