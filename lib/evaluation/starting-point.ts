import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { evaluations } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import type { Locale } from '@/lib/i18n/config';
import { recommendationsSource } from './sources/follow-ups';
import { getAdoption, getVersion, listVersions } from './queries';
import { evaluationView, type ChapterView } from './render';
import type { DataChapter, EvaluationSnapshot } from './types';

/**
 * What the next diagnostic starts from (issue 21.4): the open recommendations of the latest
 * evaluation, as its adopted version (else its latest frozen version) recorded them, or as they
 * are now when nothing was frozen yet. Null without any evaluation.
 */
export function evaluationStartingPoint(tx: Tx, ctx: MemberContext, locale: Locale): { year: number; chapter: ChapterView } | null {
  const latest = tx.select().from(evaluations).where(eq(evaluations.workspaceId, ctx.workspaceId)).orderBy(desc(evaluations.year)).get();
  if (!latest) return null;
  const versionId = getAdoption(tx, ctx, latest.id)?.versionId ?? listVersions(tx, ctx, latest.id)[0]?.id;
  const frozen = versionId ? getVersion(tx, ctx, versionId).snapshot.data.find((c) => c.key === 'recommendations') : undefined;
  const chapter: DataChapter = frozen ?? recommendationsSource.assemble(tx, ctx, latest.year);
  const snapshot: EvaluationSnapshot = { year: latest.year, assembledOn: '', data: [chapter], written: [] };
  return { year: latest.year, chapter: evaluationView(snapshot, '', locale).data[0]! };
}
