import 'server-only';
import { db } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import { listPointPersonOptions } from '@/lib/departments/queries';
import { COMMON_LANGUAGES, languageName } from '@/lib/geo';
import type { Locale } from '@/lib/i18n/config';
import type { DepartmentFormOptions } from '@/components/departments/department-form';

/** The department form's choices: members and internal actors for the point person, common languages (plus any already chosen). */
export function loadDepartmentFormOptions(ctx: MemberContext, locale: Locale, chosen: string[] = [], pointPersonLocked = false): DepartmentFormOptions {
  const { members, actors } = listPointPersonOptions(db, ctx);
  const codes = [...new Set([...COMMON_LANGUAGES, ...chosen])];
  return {
    members: members.map(({ id, name }) => ({ id, name })),
    actors,
    languages: codes.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    pointPersonLocked,
  };
}
