import type { Locator, Page } from '@playwright/test';

const SECTIONS = {
  overdue: /^(Overdue|En retard)\b/,
  today: /^(Due today|Pour aujourd’hui)\b/,
  upcoming: /^(This week|Cette semaine)\b/,
  later: /^(Later|Plus tard)\b/,
} as const;

export type Section = keyof typeof SECTIONS;

/** The follow-ups panel: sections with counts, one item per follow-up, its actions and dialogs. */
export class FollowUpsPage {
  readonly page: Page;
  readonly root: Locator;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('section.fu-panel');
    this.heading = this.root.getByRole('heading', { level: 1, name: /^(Follow-ups|Suivis)$/ });
  }

  section(name: Section): Locator {
    return this.root.getByRole('region', { name: SECTIONS[name] });
  }

  /** The count shown in a section's heading. */
  count(name: Section): Locator {
    return this.section(name).locator('h2 .fu-count');
  }

  item(title: string): Locator {
    return this.root.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  async openEventOf(title: string): Promise<void> {
    await this.item(title).locator('dd').getByRole('button').first().click();
  }

  private action(title: string, name: RegExp): Locator {
    return this.item(title).getByRole('button', { name });
  }

  /** Marks done; when `byEvent` is given, searches for it by `search` and names it as the event that fulfilled it. */
  async markDone(title: string, byEvent?: { search: string; title: string }): Promise<void> {
    await this.action(title, /^(Done|Fait)$/).click();
    const dialog = this.page.getByRole('dialog');
    if (byEvent) {
      const box = dialog.getByRole('combobox', { name: /^(Fulfilled by the event|Réalisé par l’événement)/ });
      await box.fill(byEvent.search);
      await this.page.getByRole('option', { name: new RegExp(`^${byEvent.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    }
    await dialog.getByRole('button', { name: /^(Mark done|Marquer fait)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async snooze(title: string, how: 'day' | 'week'): Promise<void> {
    await this.action(title, /^(Snooze|Reporter)/).click();
    await this.page.getByRole('menuitem', { name: how === 'day' ? /^(For a day|D’un jour)$/ : /^(For a week|D’une semaine)$/ }).click();
  }

  async snoozeUntil(title: string, date: string): Promise<void> {
    await this.action(title, /^(Snooze|Reporter)/).click();
    await this.page.getByRole('menuitem', { name: /^(Until a date…|Jusqu’à une date…)$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^(Snooze until|Reporter jusqu’au)$/).fill(date);
    await dialog.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Reschedules from new wording, accepting the window it proposes. */
  async rescheduleByWording(title: string, wording: string): Promise<void> {
    await this.action(title, /^(Reschedule|Replanifier)$/).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^(New wording|Nouvelle formulation)/).fill(wording);
    await dialog.getByRole('button', { name: /^(Use it|Retenir)$/ }).click();
    await dialog.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async cancel(title: string): Promise<void> {
    await this.action(title, /^(Cancel|Annuler)$/).click();
  }

  undoButton(): Locator {
    return this.page.locator('.ef-toast').getByRole('button', { name: /^(Undo|Annuler)$/ });
  }

  banner(): Locator {
    return this.root.locator('.fu-banner');
  }
}
