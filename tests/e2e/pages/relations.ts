import type { Locator, Page } from '@playwright/test';

/** The bilateral view: two sides picked, the figures, the print brief. */
export class RelationsPage {
  readonly page: Page;
  readonly root: Locator;
  readonly title: Locator;
  readonly figures: Locator;
  readonly printButton: Locator;
  readonly pickers: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('article.relations');
    this.title = this.root.getByRole('heading', { level: 1 });
    this.figures = this.root.getByTestId('relation-figures');
    this.printButton = this.root.getByRole('button', { name: /^(Print \/ PDF|Imprimer \/ PDF)$/ });
    this.pickers = this.root.locator('.rel-pickers');
  }

  navLink(): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: /^Relations/ });
  }

  figure(name: 'events' | 'daysSinceLast' | 'longestGapDays' | 'deliveryRate'): Locator {
    return this.figures.locator(`[data-figure="${name}"]`);
  }

  section(name: RegExp): Locator {
    return this.root.getByRole('region', { name });
  }

  /** Types into a side's combobox and picks the option with that label. */
  async pickSide(label: RegExp, typed: string, option: RegExp): Promise<void> {
    const box = this.root.getByRole('combobox', { name: label });
    await box.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }

  async openEvent(title: string): Promise<void> {
    await this.section(/^(Shared events|Événements communs)/).getByRole('button', { name: title }).click();
  }
}

/** A person's page: spellings, titles, events, counterparts, merge. */
export class PersonPage {
  readonly page: Page;
  readonly root: Locator;
  readonly name: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('article.person');
    this.name = this.root.getByRole('heading', { level: 1 });
  }

  aliases(): Locator {
    return this.root.locator('.person-aliases li');
  }

  async addAlias(alias: string): Promise<void> {
    await this.root.getByLabel(/^(New spelling|Nouvelle graphie)/).fill(alias);
    await this.root.getByRole('button', { name: /^(Add|Ajouter)$/ }).click();
  }

  events(): Locator {
    return this.root.getByRole('region', { name: /^(Events|Événements)/ }).getByRole('listitem');
  }

  /** Picks the other record in the merge combobox, then confirms in the dialog. */
  async mergeWith(typed: string, option: RegExp): Promise<void> {
    await this.root.getByRole('combobox', { name: /^(Merge with|Fusionner avec)/ }).fill(typed);
    await this.page.getByRole('option', { name: option }).click();
    await this.root.getByRole('button', { name: /^(Merge…|Fusionner…)$/ }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: /^(Merge|Fusionner)$/ }).click();
  }
}
