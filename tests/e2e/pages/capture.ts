import type { Locator, Page } from '@playwright/test';

const L = {
  trigger: /^(Paste an article|Coller un article)$/,
  dialog: /^(Paste an article|Coller un article)$/,
  text: /^(Text of the article or communiqué|Texte de l’article ou du communiqué)$/,
  language: /^(Language of the text|Langue du texte)$/,
  extract: /^(Extract|Extraire)$/,
  cancel: /^(Cancel|Annuler)$/,
  source: /^(Source text|Texte source)$/,
} as const;

/** Article capture: the paste dialog, then the draft form with the highlighted source text beside it. */
export class CapturePage {
  readonly page: Page;
  readonly trigger: Locator;
  readonly dialog: Locator;
  readonly text: Locator;
  readonly source: Locator;
  readonly marks: Locator;

  constructor(page: Page) {
    this.page = page;
    this.trigger = page.getByRole('button', { name: L.trigger });
    this.dialog = page.getByRole('dialog', { name: L.dialog });
    this.text = this.dialog.getByLabel(L.text);
    this.source = page.getByRole('region', { name: L.source });
    this.marks = this.source.locator('mark');
  }

  async open(): Promise<void> {
    await this.trigger.click();
    await this.text.waitFor();
  }

  async paste(text: string): Promise<void> {
    await this.text.fill(text);
  }

  async setLanguage(label: string): Promise<void> {
    await this.dialog.getByLabel(L.language).selectOption({ label });
  }

  async extract(): Promise<void> {
    await this.dialog.getByRole('button', { name: L.extract }).click();
  }

  /** Opens the dialog, pastes, extracts: the draft form appears. */
  async capture(text: string): Promise<void> {
    await this.open();
    await this.paste(text);
    await this.extract();
    await this.source.waitFor();
  }

  problem(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** The innermost highlight whose words are exactly these. */
  mark(words: string): Locator {
    return this.marks.filter({ hasText: new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).last();
  }

  activeMarks(): Locator {
    return this.source.locator('mark.is-active');
  }
}
