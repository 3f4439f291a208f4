import type { Locator, Page } from '@playwright/test';
import type { PreviewHandle } from '../fixtures.ts';
import { EventDetailPage } from './event-detail.ts';
import { SearchDialog } from './search.ts';
import { SettingsPage } from './settings.ts';
import { TimelinePage } from './timeline.ts';

const NAV = {
  timeline: /^(Timeline|Chronologie)/,
  followups: /^(Follow-ups|Suivis)/,
  new: /^(New event|Nouvel événement)/,
  settings: /^(Settings|Réglages)/,
} as const;

/** The shell around every screen: sidebar navigation, keyboard shortcuts, the screens' page models. */
export class AppShell {
  readonly page: Page;
  readonly preview: PreviewHandle;
  readonly timeline: TimelinePage;
  readonly search: SearchDialog;
  readonly settings: SettingsPage;
  readonly detail: EventDetailPage;

  constructor(page: Page, preview: PreviewHandle) {
    this.page = page;
    this.preview = preview;
    this.timeline = new TimelinePage(page);
    this.search = new SearchDialog(page);
    this.settings = new SettingsPage(page);
    this.detail = new EventDetailPage(page);
  }

  /** Opens the app at the preview's tokened address and waits for the first screen. */
  async open(): Promise<void> {
    await this.page.goto(this.preview.url);
    await this.timeline.heading.waitFor();
  }

  navLink(screen: keyof typeof NAV): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: NAV[screen] });
  }

  async goTo(screen: keyof typeof NAV): Promise<void> {
    await this.navLink(screen).click();
  }

  /** Ctrl+K / Ctrl+N / Ctrl+J, as a user presses them anywhere in the app. */
  async shortcut(key: 'k' | 'n' | 'j'): Promise<void> {
    await this.page.keyboard.press(`Control+${key.toUpperCase()}`);
  }

  mainHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }
}
