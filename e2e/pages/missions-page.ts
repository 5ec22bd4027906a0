import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** /[workspace]/missions and its pages: the register, the mission form, a mission, its debrief. */
export class MissionsPage extends BasePage {
  get m() {
    return this.t.missions;
  }

  /** `text` with `{n}` replaced. */
  n(text: string, n: number) {
    return text.replace('{n}', String(n));
  }

  async gotoList(slug: string) {
    await this.page.goto(`/${slug}/missions`);
    await expect(this.heading).toHaveText(this.m.title);
    await this.expectAccessible('missions register');
  }

  async openNewForm(slug: string) {
    await this.page.goto(`/${slug}/missions/new`);
    await expect(this.heading).toHaveText(this.m.new);
    await this.hydrated(this.submit);
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: this.m.form.create });
  }

  group(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** Adds a participant row and fills it. */
  async addParticipant(n: number, p: { kind: string; member?: string; name?: string; department?: string; role?: string }) {
    await this.page.getByRole('button', { name: this.m.form.addParticipant }).click();
    const row = this.group(this.n(this.m.form.participantN, n));
    await row.getByLabel(this.m.fields.participantKind).selectOption({ label: p.kind });
    if (p.member) await row.getByLabel(this.m.fields.member).selectOption({ label: p.member });
    if (p.name) await row.getByLabel(this.m.fields.participantName).fill(p.name);
    if (p.department) await row.getByLabel(this.m.fields.department).selectOption({ label: p.department });
    if (p.role) await row.getByLabel(this.m.fields.participantRole).fill(p.role);
  }

  async addMeeting(n: number, m: { day: string; time?: string; actor?: string; subject: string }) {
    await this.page.getByRole('button', { name: this.m.form.addMeeting }).click();
    const row = this.group(this.n(this.m.form.meetingN, n));
    await row.getByLabel(this.m.fields.day).fill(m.day);
    if (m.time) await row.getByLabel(this.m.fields.time).fill(m.time);
    if (m.actor) await row.getByLabel(this.m.fields.meetingActor).selectOption({ label: m.actor });
    await row.getByLabel(this.m.fields.subject).fill(m.subject);
  }

  async addCost(n: number, amount: string, label: string) {
    await this.page.getByRole('button', { name: this.m.form.addCost }).click();
    const row = this.group(this.n(this.m.form.costN, n));
    await row.getByLabel(this.t.externalActions.fields.label).fill(label);
    await row.getByLabel(this.t.externalActions.fields.amount).fill(amount);
  }

  /** The rows of a table of the mission page, by its section's heading. */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
