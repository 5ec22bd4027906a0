import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/notifications, reached from the header's link with its unread count. */
export class NotificationsPage extends WorkspacePage {
  get n() {
    return this.t.notifications;
  }

  /** The header's link, named with the unread count ("Notifications, 3 non lues"). */
  get headerLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: /^Notifications,/ });
  }

  async openFromHeader() {
    await this.headerLink.click();
    await expect(this.heading).toHaveText(this.n.title);
    await this.expectAccessible('notifications');
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: this.n.listLabel });
  }

  get unread(): Locator {
    return this.page.locator('.notifications-unread');
  }

  async markAllRead() {
    const button = this.page.getByRole('button', { name: this.n.markAllRead });
    await this.hydrated(button);
    await button.click();
    await expect(button).toBeHidden();
  }
}
