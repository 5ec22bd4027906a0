import { AppShell } from './app-shell';
import { BasePage } from './base-page';

/** A screen inside a workspace: its content plus the shared banner and navigation. */
export abstract class WorkspacePage extends BasePage {
  readonly shell = new AppShell(this.page, this.axe, this.locale);
}
