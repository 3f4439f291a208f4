import type { Locator, Page } from '@playwright/test';

/** The timeline screen: headings, event rows, filters, the density strip and the today marker. */
export class TimelinePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly list: Locator;
  readonly densityStrip: Locator;
  readonly today: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: /^(Timeline|Chronologie)$/ });
    this.list = page.getByTestId('timeline-scroll');
    this.densityStrip = page.getByRole('slider', { name: /^(Events per month|Événements par mois)$/ });
    this.today = page.locator('section.today');
  }

  yearHeading(year: number): Locator {
    return this.list.getByRole('heading', { level: 2, name: new RegExp(`^${year}\\b`) });
  }

  monthHeading(name: string): Locator {
    return this.list.getByRole('heading', { level: 3, name: new RegExp(`^${name}`, 'i') });
  }

  event(title: string): Locator {
    return this.list.getByRole('button', { name: title, exact: true });
  }

  row(title: string): Locator {
    return this.list.locator('.ev-row').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  async openEvent(title: string): Promise<void> {
    await this.event(title).click();
  }

  async addFilter(dimension: RegExp, typed: string, option: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: /^\+ (Add filter|Ajouter un filtre)$/ }).click();
    await this.page.getByRole('menuitem', { name: dimension }).click();
    const box = this.page.getByRole('combobox', { name: dimension });
    await box.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  chip(label: string): Locator {
    return this.page.getByRole('list', { name: /^(Filters|Filtres)$/ }).getByRole('listitem').filter({ hasText: label });
  }

  async removeChip(label: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^(Remove filter|Retirer le filtre) ${label}$`) }).click();
  }

  noMatch(): Locator {
    return this.page.getByText(/^(No event matches these filters\.|Aucun événement ne correspond à ces filtres\.)$/);
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Clear filters|Effacer les filtres)$/ }).first().click();
  }

  async scrollToEnd(): Promise<void> {
    await this.list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  }

  async scrollToTop(): Promise<void> {
    await this.list.evaluate((el) => el.scrollTo(0, 0));
  }
}
