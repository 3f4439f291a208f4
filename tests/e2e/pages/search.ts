import type { Locator, Page } from '@playwright/test';

/** The Ctrl/Cmd+K search dialog. */
export class SearchDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: /^(Search|Recherche)$/ });
    this.input = this.dialog.getByRole('combobox', { name: /^(Search events|Rechercher des événements)$/ });
    this.results = this.dialog.getByRole('option');
    this.status = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.input.waitFor();
  }

  async type(query: string): Promise<void> {
    await this.input.fill(query);
  }

  result(title: string): Locator {
    return this.results.filter({ hasText: title });
  }

  facet(label: RegExp): Locator {
    return this.dialog.getByRole('button', { name: label });
  }

  /** Arrow down to the n-th result (0-based) and press Enter, as a keyboard user does. */
  async openWithKeyboard(index = 0): Promise<void> {
    for (let i = 0; i < index; i++) await this.input.press('ArrowDown');
    await this.input.press('Enter');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
