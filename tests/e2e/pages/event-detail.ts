import type { Locator, Page } from '@playwright/test';

/** One event, read-only. */
export class EventDetailPage {
  readonly page: Page;
  readonly root: Locator;
  readonly title: Locator;
  readonly editButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('article.detail');
    this.title = this.root.getByRole('heading', { level: 1 });
    this.editButton = this.root.getByRole('button', { name: /^(Edit|Modifier)$/ });
  }

  fact(term: RegExp): Locator {
    return this.root.locator('dt').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  section(name: RegExp): Locator {
    return this.root.getByRole('region', { name });
  }

  participant(name: string): Locator {
    return this.root.locator('.participants li').filter({ hasText: name });
  }
}
