import type { Locator, Page } from '@playwright/test';

/** The settings screen: language, reminders, the data file. */
export class SettingsPage {
  readonly page: Page;
  readonly language: Locator;
  readonly reminderTime: Locator;

  constructor(page: Page) {
    this.page = page;
    this.language = page.getByRole('combobox', { name: /^(Language|Langue)$/ });
    this.reminderTime = page.getByLabel(/^(Reminder time|Heure des rappels)$/);
  }

  async setLanguage(value: 'system' | 'fr' | 'en'): Promise<void> {
    await this.language.selectOption(value);
    await this.page.getByRole('status').filter({ hasText: /^(Saved|Enregistré)$/ }).waitFor();
  }
}
