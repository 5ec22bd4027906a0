import crypto from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documentVersions, memberships, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/queries';
import type { MemberContext } from '@/lib/auth/member';
import { adoptReview, createReviewThread, decideReview, replyToReviewThread, submitReview } from '@/lib/review/queries';
import { demoContext } from './demo-context';

const DAY = 86_400_000;

/** The second elected official who reviews the strategy (same demo password as the others). */
export const SECOND_REVIEWER = { email: 'elue2@demo.filrouge.eu', name: 'Nathalie Cordier', role: 'reviewer' as const };

/**
 * The review of the Val-d'Argence's strategy: the first version was adopted by the departmental
 * assembly (with a deliberation reference); the version for the steering committee is in review
 * with both elected officials, two comment threads (one on a passage, with a reply) and one
 * decision. Notifications follow from these acts as they would in use.
 */
export function seedReview(tx: Tx, demo: { workspaceId: string; slug: string; users: Map<string, string> }, passwordHash: string, now: Date) {
  const secondId = crypto.randomUUID();
  tx.insert(users).values({ id: secondId, email: SECOND_REVIEWER.email, name: SECOND_REVIEWER.name, passwordHash, locale: 'fr', createdAt: now }).run();
  tx.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: demo.workspaceId, userId: secondId, role: 'reviewer', createdAt: now }).run();
  recordAudit(
    tx,
    { workspaceId: demo.workspaceId, userId: null },
    { action: 'member.add', entityType: 'membership', entityId: secondId, changes: { email: SECOND_REVIEWER.email, role: 'reviewer', source: 'demo' } },
  );

  const ctx = (email: string, role: MemberContext['role']) => demoContext(demo, email, role);
  const editor = ctx('editor@demo.filrouge.eu', 'editor');
  const admin = ctx('admin@demo.filrouge.eu', 'admin');
  const elu = ctx('elu@demo.filrouge.eu', 'reviewer');
  const elue2: MemberContext = { ...elu, userId: secondId };
  const contributor = ctx('contributor@demo.filrouge.eu', 'contributor');
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const audit = (outcome: { audit: Parameters<typeof recordAudit>[2] | Parameters<typeof recordAudit>[2][] }, who: MemberContext) => {
    for (const record of [outcome.audit].flat()) recordAudit(tx, who, record);
  };

  // Oldest first: the working version adopted, then the steering committee's version in review.
  const [first, second] = tx
    .select({ id: documentVersions.id, snapshot: documentVersions.snapshot })
    .from(documentVersions)
    .where(eq(documentVersions.workspaceId, demo.workspaceId))
    .orderBy(desc(documentVersions.createdAt))
    .all()
    .reverse();
  if (!first || !second) return;

  const adoptedCycle = submitReview(
    tx,
    editor,
    { versionId: first.id, reviewerIds: [elu.userId], dueDate: day(-14), message: 'Première version à valider avant la session de l’assemblée.' },
    () => at(-19),
  );
  audit(adoptedCycle, editor);
  audit(decideReview(tx, elu, { reviewId: adoptedCycle.data.id, decision: 'approved', note: 'Bonne base ; la gouvernance sera à compléter.' }, at(-16)), elu);
  const year = at(-12).getUTCFullYear();
  audit(
    adoptReview(tx, admin, { reviewId: adoptedCycle.data.id, adoptedOn: day(-12), body: 'l’assemblée départementale', reference: `CD-${year}-042` }, () =>
      at(-12),
    ),
    admin,
  );

  const inReview = submitReview(
    tx,
    editor,
    {
      versionId: second.id,
      reviewerIds: [elu.userId, secondId],
      dueDate: day(10),
      message: 'Gouvernance complétée après la réunion des référents. Merci de vos remarques avant le comité de pilotage.',
    },
    () => at(-4),
  );
  audit(inReview, editor);

  // A thread on a passage of the longest written section, answered by the editor; one on the budget.
  const written = second.snapshot.sections
    .filter((s) => s.kind === 'written')
    .sort((a, b) => (b.kind === 'written' ? b.text.length : 0) - (a.kind === 'written' ? a.text.length : 0))[0];
  if (written && written.kind === 'written' && written.text) {
    const sentence = written.text.split(/(?<=[.;:])\s/)[0]!.slice(0, 160);
    const start = written.text.indexOf(sentence);
    const thread = createReviewThread(
      tx,
      elu,
      {
        reviewId: inReview.data.id,
        sectionId: written.id,
        body: `Pouvez-vous préciser le calendrier de mise en œuvre ? @${SECOND_REVIEWER.name}, votre commission pourrait-elle en être saisie ?`,
        anchor: { quote: sentence, start, end: start + sentence.length },
      },
      at(-3),
    );
    audit(thread, elu);
    audit(
      replyToReviewThread(
        tx,
        editor,
        { threadId: thread.data.threadId, body: 'Oui : un calendrier par axe sera joint en annexe de la prochaine version.' },
        at(-2),
      ),
      editor,
    );
  }
  const budget = second.snapshot.sections.find((s) => s.kind === 'budget');
  if (budget) {
    audit(
      createReviewThread(
        tx,
        contributor,
        {
          reviewId: inReview.data.id,
          sectionId: budget.id,
          body: 'Les cofinancements européens attendus pour 2027 ne figurent pas encore dans le budget consolidé.',
          anchor: null,
        },
        at(-2),
      ),
      contributor,
    );
  }
  audit(decideReview(tx, elue2, { reviewId: inReview.data.id, decision: 'approved', note: 'Document clair et équilibré entre les axes.' }, at(-1)), elue2);
}
