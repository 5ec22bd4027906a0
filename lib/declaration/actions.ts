'use server';

import { queryAction } from '@/lib/auth/query-action';
import { AidCategoryInput, DeclarationYearInput } from './schemas';
import { freezeDeclaration, reopenDeclaration, setAidCategory } from './queries';

// The yearly declaration of development assistance (docs/decisions/0027-yearly-aid-declaration.md).
// Managers choose categories and freeze; only an admin re-opens a frozen year.

export const setAidCategoryAction = queryAction('declaration.setCategory', AidCategoryInput, 'declaration.manage', setAidCategory);

export const freezeDeclarationAction = queryAction('declaration.freeze', DeclarationYearInput, 'declaration.manage', freezeDeclaration);

export const reopenDeclarationAction = queryAction('declaration.reopen', DeclarationYearInput, 'declaration.reopen', reopenDeclaration);
