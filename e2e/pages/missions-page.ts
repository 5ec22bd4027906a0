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

  /** A form control by its label, exactly (a required field's label ends with “ *”). */
  control(label: string, scope: { getByLabel: Locator['getByLabel'] } = this.page): Locator {
    return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
  }

  group(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** Adds a participant row and fills it. */
  async addParticipant(n: number, p: { kind: string; member?: string; name?: string; department?: string; role?: string }) {
    await this.page.getByRole('button', { name: this.m.form.addParticipant }).click();
    const row = this.group(this.n(this.m.form.participantN, n));
    await this.control(this.m.fields.participantKind, row).selectOption({ label: p.kind });
    if (p.member) await this.control(this.m.fields.member, row).selectOption({ label: p.member });
    if (p.name) await this.control(this.m.fields.participantName, row).fill(p.name);
    if (p.department) await this.control(this.m.fields.department, row).selectOption({ label: p.department });
    if (p.role) await this.control(this.m.fields.participantRole, row).fill(p.role);
  }

  async addMeeting(n: number, m: { day: string; time?: string; actor?: string; subject: string }) {
    await this.page.getByRole('button', { name: this.m.form.addMeeting }).click();
    const row = this.group(this.n(this.m.form.meetingN, n));
    await this.control(this.m.fields.day, row).fill(m.day);
    if (m.time) await this.control(this.m.fields.time, row).fill(m.time);
    if (m.actor) await this.control(this.m.fields.meetingActor, row).selectOption({ label: m.actor });
    await this.control(this.m.fields.subject, row).fill(m.subject);
  }

  async addCost(n: number, amount: string, label: string) {
    await this.page.getByRole('button', { name: this.m.form.addCost }).click();
    const row = this.group(this.n(this.m.form.costN, n));
    await this.control(this.t.externalActions.fields.label, row).fill(label);
    await this.control(this.t.externalActions.fields.amount, row).fill(amount);
  }

  /** A section of a page, by its heading (the first region of that name: a table inside may carry it too). */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true }).first();
  }
}
