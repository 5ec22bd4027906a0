import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, auditLog, censusResponses, memberships, users } from '@/db/schema';
import { createCensusLink } from '@/lib/census/queries';
import { makeWorkspace } from '@/lib/test/fixtures';
import { recordAudit } from '@/lib/audit/queries';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { createInvitation } from '@/lib/workspaces/queries';
import { ERASED_NAME, ERASED_PASSWORD_HASH } from './constants';
import { eraseOwnAccount, exportPersonalData } from './queries';
import '@/lib/privacy/actions';

function addActor(workspaceId: string, name: string, contact: { contactName?: string; contactEmail?: string | null; contactPhone?: string }) {
  const id = crypto.randomUUID();
  db.insert(actors)
    .values({
      id,
      workspaceId,
      family: 'territorial',
      category: 'association',
      name,
      normalizedName: name.toLowerCase(),
      themes: [],
      languages: [],
      influence: 3,
      interest: 3,
      tags: [],
      ...contact,
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .run();
  return id;
}

/** A person with an account update, a contact record and an invitation in their history. */
function personWithHistory() {
  const a = makeWorkspace('alpha');
  const b = makeWorkspace('bravo');
  const person = a.people.editor;
  // Also a member of B, as contributor.
  db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: b.id, userId: person.id, role: 'contributor', createdAt: new Date() }).run();
  recordAudit(
    db,
    { workspaceId: null, userId: person.id },
    { action: 'account.update', entityType: 'user', entityId: person.id, changes: { name: { from: person.name, to: person.name } } },
  );
  recordAudit(
    db,
    { workspaceId: a.id, userId: a.people.admin.id },
    { action: 'invitation.create', entityType: 'invitation', entityId: 'i1', changes: { email: person.email, role: 'editor' } },
  );
  recordAudit(
    db,
    { workspaceId: a.id, userId: a.people.admin.id },
    { action: 'workspace.update', entityType: 'workspace', entityId: a.id, changes: { name: 'unrelated' } },
  );
  const contactA = addActor(a.id, 'Lycée Jean-Moulin', { contactName: 'Prof', contactEmail: person.email.toUpperCase(), contactPhone: '+33 6 00 00 00 00' });
  const contactB = addActor(b.id, 'Association B', { contactName: person.name, contactEmail: null });
  const homonym = addActor(a.id, 'Autre structure', { contactName: person.name, contactEmail: 'someone.else@example.org' });
  const stranger = addActor(a.id, 'Sans lien', { contactName: 'Quelqu’un', contactEmail: 'x@example.org' });
  // A questionnaire answer, awaiting moderation, that gives the person as contact.
  const link = createCensusLink(db, a.ctx('admin'), { title: 'Recensement', closesAt: null }).data;
  const answerId = crypto.randomUUID();
  db.insert(censusResponses)
    .values({
      id: answerId,
      workspaceId: a.id,
      linkId: link.id,
      status: 'pending',
      payload: { organisation: 'Club', contactName: 'X', contactEmail: person.email, contactPhone: '01' },
      submittedAt: new Date(),
    })
    .run();
  return { a, b, person, contactA, contactB, homonym, stranger, answerId };
}

describe('personal data export', () => {
  it('gathers the account, memberships, contact records, invitations and audit entries of one person', () => {
    const { a, b, person, contactA, contactB, answerId } = personWithHistory();
    const data = exportPersonalData(db, person.id, { workspaceId: null });
    expect(data.account).toMatchObject({ id: person.id, email: person.email, name: person.name });
    expect(JSON.stringify(data)).not.toContain('passwordHash');
    expect(data.memberships.map((m) => [m.workspace?.slug, m.role]).sort()).toEqual([
      ['alpha', 'editor'],
      ['bravo', 'contributor'],
    ]);
    // By email (case-insensitive), and by name only where the record has no email: not the homonym.
    expect(data.contactRecords.map((c) => c.id).sort()).toEqual([contactA, contactB].sort());
    expect(data.auditEntries.map((e) => e.action).sort()).toEqual(['account.update', 'invitation.create']);
    expect(data.censusAnswers.map((c) => [c.id, c.status])).toEqual([[answerId, 'pending']]);
    expect(data.auditEntries.find((e) => e.action === 'account.update')?.byThisPerson).toBe(true);
    expect(data.auditEntries.find((e) => e.action === 'invitation.create')?.byThisPerson).toBe(false);
    expect(a.id).not.toBe(b.id);
  });

  it('for a workspace admin, holds only what that workspace holds', () => {
    const { a, person, contactA } = personWithHistory();
    const def = workspaceActionRegistry.find((d) => d.name === 'members.erase')!;
    expect(def.permission).toBe('members.personalData');
    const data = exportPersonalData(db, person.id, { workspaceId: a.id });
    expect(data.memberships.map((m) => m.workspace?.slug)).toEqual(['alpha']);
    expect(data.contactRecords.map((c) => c.id)).toEqual([contactA]);
    expect(data.auditEntries.map((e) => e.action)).toEqual(['invitation.create']);
  });

  it('includes rows of any table that references the person (found from the schema)', () => {
    const { a, person } = personWithHistory();
    // invited_by is handled explicitly; a table with a users foreign key is picked up generically,
    // e.g. the document section assigned to the person (document_sections.assignee_id).
    const sectionId = crypto.randomUUID();
    db.run(
      sql`insert into document_sections (id, workspace_id, kind, position, title, assignee_id, created_at, updated_at) values (${sectionId}, ${a.id}, 'written', 99, 'Section test', ${person.id}, 0, 0)`,
    );
    const data = exportPersonalData(db, person.id, { workspaceId: null });
    expect(data.otherRecords['document_sections.assignee_id']?.map((r) => r.id)).toEqual([sectionId]);
  });
});

describe('personal data erasure', () => {
  it('anonymises the account, clears contact fields, scrubs audit entries and audits the erasure without the data', () => {
    const { a, b, person, contactA, contactB, homonym, stranger, answerId } = personWithHistory();
    createInvitation(db, a.ctx('admin'), { email: person.email.replace('@', '+x@'), role: 'editor' });
    const summary = db.transaction((tx) => eraseOwnAccount(tx, person.id));

    const row = db.select().from(users).where(eq(users.id, person.id)).get()!;
    expect(row.name).toBe(ERASED_NAME);
    expect(row.email).not.toBe(person.email);
    expect(row.email).toMatch(/@erased\.invalid$/);
    expect(row.passwordHash).toBe(ERASED_PASSWORD_HASH);
    expect(db.select().from(memberships).where(eq(memberships.userId, person.id)).all()).toEqual([]);

    const contact = (id: string) => db.select().from(actors).where(eq(actors.id, id)).get()!;
    for (const id of [contactA, contactB]) {
      expect([contact(id).contactName, contact(id).contactEmail, contact(id).contactPhone]).toEqual([null, null, null]);
    }
    const answer = db.select().from(censusResponses).where(eq(censusResponses.id, answerId)).get()!;
    expect(answer.payload).toMatchObject({ organisation: 'Club', contactName: null, contactEmail: null, contactPhone: null });
    // Another person who shares the name but not the email, and an unrelated record, are untouched.
    expect(contact(homonym).contactEmail).toBe('someone.else@example.org');
    expect(contact(stranger).contactName).toBe('Quelqu’un');

    // Nothing in the audit log names the person any more; entries keep their action.
    const log = db.select().from(auditLog).all();
    const text = JSON.stringify(log);
    expect(text).not.toContain(person.email);
    expect(text).not.toContain(person.name);
    expect(log.some((e) => e.action === 'invitation.create' && (e.changes as { email?: string }).email === '[erased]')).toBe(true);
    expect(log.some((e) => e.action === 'workspace.update' && (e.changes as { name?: string }).name === 'unrelated')).toBe(true);
    // The erasure is audited: globally, in each workspace the person belonged to, per contact record.
    const erasures = log.filter((e) => e.action === 'account.erase');
    expect(erasures.map((e) => e.workspaceId).sort()).toEqual([a.id, b.id, null].sort());
    expect(erasures.every((e) => e.entityId === person.id && !JSON.stringify(e.changes).includes('@'))).toBe(true);
    expect(
      log
        .filter((e) => e.action === 'actor.contact.erase')
        .map((e) => e.entityId)
        .sort(),
    ).toEqual([contactA, contactB].sort());
    expect(summary).toMatchObject({ memberships: 2, contactRecords: 2, censusAnswers: 1 });
    expect(summary.auditEntriesAnonymised).toBeGreaterThanOrEqual(2);

    // The erased account has nothing left to export, and cannot be erased twice.
    expect(() => exportPersonalData(db, person.id, { workspaceId: null })).toThrow();
  });

  it('an admin erases a member of their workspace only, through the action wrapper, audited in the workspace', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const def = workspaceActionRegistry.find((d) => d.name === 'members.erase')!;
    // The reviewer of A belongs to A only: erased, audited in A by the admin.
    const ok = executeWorkspaceAction(def, a.people.admin.id, a.id, { userId: a.people.reviewer.id });
    expect(ok).toMatchObject({ ok: true });
    expect(db.select().from(users).where(eq(users.id, a.people.reviewer.id)).get()!.passwordHash).toBe(ERASED_PASSWORD_HASH);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'account.erase')).all();
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ workspaceId: a.id, userId: a.people.admin.id, entityId: a.people.reviewer.id, changes: { by: 'admin' } });

    // A person who also belongs to B: refused, nothing changes.
    db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: b.id, userId: a.people.contributor.id, role: 'editor', createdAt: new Date() }).run();
    const elsewhere = executeWorkspaceAction(def, a.people.admin.id, a.id, { userId: a.people.contributor.id });
    expect(elsewhere).toMatchObject({ ok: false, code: 'conflict', message: 'privacyMemberElsewhere' });
    // Not a member of A: not found. Oneself: from the account page instead. Another role: forbidden.
    expect(executeWorkspaceAction(def, a.people.admin.id, a.id, { userId: b.people.editor.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(def, a.people.admin.id, a.id, { userId: a.people.admin.id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(executeWorkspaceAction(def, a.people.editor.id, a.id, { userId: a.people.partner.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(db.select().from(users).where(eq(users.id, a.people.contributor.id)).get()!.passwordHash).not.toBe(ERASED_PASSWORD_HASH);
  });

  it('refuses to erase the last administrator of a workspace', () => {
    const a = makeWorkspace('alpha');
    expect(() => db.transaction((tx) => eraseOwnAccount(tx, a.people.admin.id))).toThrow('privacySoleAdmin');
    expect(db.select().from(users).where(eq(users.id, a.people.admin.id)).get()!.name).toBe(a.people.admin.name);
  });
});
