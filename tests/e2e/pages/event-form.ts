import type { Locator, Page } from '@playwright/test';

/** Labels in both interface languages, so stories read the same in English and French. */
const L = {
  title: /^(Title|Titre)$/,
  kind: /^(Kind|Type)$/,
  date: /^Date$/,
  precision: /^(Known to the|Connue au)$/,
  endDate: /^(End date \(optional\)|Date de fin \(facultative\))$/,
  place: /^(Place|Lieu)$/,
  placeCountry: /^(Country of the place|Pays du lieu)$/,
  countries: /^(Countries|Pays)$/,
  organisations: /^Organisations$/,
  people: /^(People|Personnalités)$/,
  topics: /^(Topics|Thèmes)$/,
  summary: /^(Summary \(markdown\)|Résumé \(markdown\))$/,
  sourceText: /^(Original text|Texte original)$/,
  save: /^(Save|Enregistrer)$/,
  cancel: /^(Cancel|Annuler)$/,
  delete: /^(Delete event|Supprimer l’événement)$/,
  addFollowUp: /(Add a follow-up|Ajouter un suivi)$/,
  followUpTitle: /^(What is to follow|Suivi prévu)$/,
  followUpWording: /^(When, as said|Échéance, telle qu’annoncée)$/,
  useWindow: /^(Use this window|Retenir cette période)$/,
  windowFrom: /^(From|Du)$/,
  windowTo: /^(To|Au)$/,
  followUpPlace: /^(Where|Lieu)$/,
} as const;

export interface PersonEntry {
  name: string;
  title?: string;
  /** The country's name as the interface shows it ("Mali", "Russia"). */
  country?: string;
  /** The role's label ("Head of delegation"). */
  role?: string;
}

/** The event form, new or edit: intent-named steps so the specs read as what a user does. */
export class EventFormPage {
  readonly page: Page;
  readonly root: Locator;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('form.event-form');
    this.heading = this.root.getByRole('heading', { level: 1 });
  }

  field(name: keyof typeof L): Locator {
    return this.root.getByLabel(L[name]);
  }

  combobox(name: 'place' | 'countries' | 'organisations' | 'people' | 'topics'): Locator {
    return this.root.getByRole('combobox', { name: L[name] });
  }

  async fillTitle(title: string): Promise<void> {
    await this.field('title').fill(title);
  }

  async setKind(label: string): Promise<void> {
    await this.field('kind').selectOption({ label });
  }

  async setDate(date: string): Promise<void> {
    await this.field('date').fill(date);
  }

  /** Types a place and, when given, picks its country from the list. */
  async setPlace(name: string, country?: string): Promise<void> {
    await this.combobox('place').fill(name);
    await this.page.keyboard.press('Escape');
    if (country) await this.field('placeCountry').selectOption({ label: country });
  }

  /** Types in a directory box and picks the option the directory (or "Create …") offers. */
  async pick(box: 'countries' | 'organisations' | 'people' | 'topics', typed: string, option: string | RegExp): Promise<void> {
    const combo = this.combobox(box);
    await combo.fill(typed);
    await this.suggestion(option).click();
  }

  /** An option in the open suggestion list (not the options of the form's native selects). */
  suggestion(name: string | RegExp): Locator {
    return this.page.locator('.ef-listbox').getByRole('option', { name }).first();
  }

  async addCountry(typed: string, name: string): Promise<void> {
    await this.pick('countries', typed, new RegExp(`^${name}`));
  }

  async addOrganisation(typed: string, acronym: string): Promise<void> {
    await this.pick('organisations', typed, new RegExp(`^${acronym}\\b`));
  }

  /** A topic from the directory if it exists, else created inline. */
  async addTopic(name: string): Promise<void> {
    await this.pick('topics', name, new RegExp(`^(${escape(name)}|Create “${escape(name)}”|Créer « ${escape(name)} »)$`));
  }

  /** Adds a person new to the directory, then fills the title, country and role they had at this event. */
  async addNewPerson(p: PersonEntry): Promise<void> {
    await this.pick('people', p.name, new RegExp(`(Add “${escape(p.name)}” as a new person|Ajouter « ${escape(p.name)} » comme nouvelle personne)`));
    await this.fillPerson(p);
  }

  async fillPerson(p: PersonEntry): Promise<void> {
    const who = escape(p.name);
    if (p.title !== undefined) await this.root.getByLabel(new RegExp(`^(Title held|Fonction) — ${who}$`)).fill(p.title);
    if (p.country) await this.root.getByLabel(new RegExp(`^(Country|Pays) — ${who}$`)).selectOption({ label: p.country });
    if (p.role) await this.root.getByLabel(new RegExp(`^(Role|Rôle) — ${who}$`)).selectOption({ label: p.role });
  }

  async setSummary(text: string): Promise<void> {
    await this.field('summary').fill(text);
  }

  summaryPreview(): Locator {
    return this.root.getByRole('region', { name: /^(Preview|Aperçu)$/ });
  }

  followUp(n: number): Locator {
    return this.root.getByRole('group', { name: new RegExp(`^(Follow-up|Suivi) ${n}$`) });
  }

  /** Adds a follow-up with its wording; the proposed window is accepted unless told otherwise. */
  async addFollowUp(f: { title: string; wording?: string; place?: string; acceptProposal?: boolean }): Promise<Locator> {
    await this.root.getByRole('button', { name: L.addFollowUp }).click();
    const n = await this.root.locator('fieldset.ef-followup').count();
    const box = this.followUp(n);
    await box.getByLabel(L.followUpTitle).fill(f.title);
    if (f.wording) {
      await box.getByLabel(L.followUpWording).fill(f.wording);
      if (f.acceptProposal !== false) await box.getByRole('button', { name: L.useWindow }).click();
    }
    if (f.place) await box.getByLabel(L.followUpPlace).fill(f.place);
    return box;
  }

  proposal(n: number): Locator {
    return this.followUp(n).locator('.ef-proposal');
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: L.save }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: L.cancel, exact: true }).click();
  }

  async delete(): Promise<void> {
    await this.root.getByRole('button', { name: L.delete }).click();
  }

  errorSummary(): Locator {
    return this.root.locator('.ef-summary-errors');
  }

  restoredNotice(): Locator {
    return this.root.getByRole('status').filter({ hasText: /(draft was restored|brouillon non enregistré a été restauré)/ });
  }

  /** The toast that offers to undo a delete; it lives outside the form. */
  undoButton(): Locator {
    return this.page.locator('.ef-toast').getByRole('button', { name: /^(Undo|Annuler la suppression)$/ });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
