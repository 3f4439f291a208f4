import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CapturePage } from './pages/capture.ts';
import { EventFormPage } from './pages/event-form.ts';

// CI keeps the shared fixtures beside the project.
const ARTICLE = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'article-mali-russie-2025-06-23.fr.txt'), 'utf8');
const TITLE = 'Réunion Mali–Russie à Moscou';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

test('a pasted article becomes a draft with its place, officials and follow-up, saved only on confirm and found by search', async ({ app, preview, page }) => {
  await app.open();
  const capture = new CapturePage(page);
  const form = new EventFormPage(page);
  await capture.capture(ARTICLE);

  await expect(form.field('title')).toHaveValue(TITLE);
  await expect(form.field('title'), 'the keyboard starts at the draft').toBeFocused();
  await expect(form.field('date')).toHaveValue('2025-06-23');
  await expect(form.combobox('place')).toHaveValue('Moscou');
  for (const name of ['Abdoulaye Diop', 'Ismaël Wagué', 'Mikhaïl Bogdanov']) {
    await expect(form.root.getByLabel(new RegExp(`^(Title held|Fonction) — ${name}$`))).toBeVisible();
  }
  await expect(form.followUp(1).getByLabel(/^(Where|Lieu)$/)).toHaveValue('Bamako');
  await expect(form.followUp(1).getByLabel(/^(When, as said|Échéance, telle qu’annoncée)$/)).toHaveValue('dans les prochaines semaines');

  await expect(capture.mark('Moscou')).toBeVisible();
  await expect(capture.mark('Mikhaïl Bogdanov')).toBeVisible();
  await expect(capture.mark('dans les prochaines semaines')).toBeVisible();
  await expect(capture.source.locator('script, img')).toHaveCount(0);
  expect(await preview.api.invoke('events.list', {}), 'nothing saved before confirming').toMatchObject({ items: [] });

  await capture.mark('Bamako').click();
  await expect(form.followUp(1).getByLabel(/^(Where|Lieu)$/)).toBeFocused();
  await form.field('date').focus();
  await expect(capture.activeMarks()).toHaveText(['23 juin 2025']);
  await page.screenshot({ path: 'test-results/screenshots/capture-en.png', fullPage: true });

  await form.save();
  await expect(app.detail.title).toHaveText(TITLE);
  const { items } = await preview.api.invoke('events.list', {});
  const event = await preview.api.invoke('events.get', { id: items[0]!.id });
  // The store trims text fields; the article itself is kept whole.
  expect(event.sourceText).toBe(ARTICLE.replace(/\r\n?/g, '\n').trim());

  await app.search.open();
  await app.search.type('Bogdanov');
  await expect(app.search.result(TITLE)).toBeVisible();
});

test('a text with no date leaves the date empty, and saving shows the API’s message at the date field', async ({ app, preview, page }) => {
  await app.open();
  const capture = new CapturePage(page);
  const form = new EventFormPage(page);
  await capture.capture('Le ministre des Affaires étrangères a reçu à Dakar une délégation de la CEDEAO pour un échange sur la sécurité régionale.');
  await expect(form.field('date')).toHaveValue('');
  await form.save();
  await expect(form.field('date')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.root.locator('[data-field="date"] .ef-error')).not.toBeEmpty();
  expect((await preview.api.invoke('events.list', {})).items).toEqual([]);
});

test('extracting nothing is refused in the dialog, and Cancel leaves without a draft', async ({ app, page }) => {
  await app.open();
  const capture = new CapturePage(page);
  await capture.open();
  await capture.extract();
  await expect(capture.problem()).toHaveText('Paste the text of an article first.');
  await expect(capture.text).toHaveAttribute('aria-invalid', 'true');
  await expect(capture.text).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(capture.dialog).toBeHidden();
  await expect(capture.source).toHaveCount(0);
});

test('the menu command paste-article opens the dialog', async ({ app, page, preview }) => {
  // Stands in for the Electron preload's onCommand, as the main process would fire it.
  await page.addInitScript((token: string) => {
    const listeners: ((cmd: string) => void)[] = [];
    const w = window as unknown as { __command: (cmd: string) => void; chancery: unknown };
    w.__command = (cmd) => listeners.forEach((l) => l(cmd));
    w.chancery = {
      invoke: async (method: string, input: unknown) =>
        (await fetch(`/api/${method}?token=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? null) })).json(),
      onCommand: (listener: (cmd: string) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
  }, new URL(preview.url).searchParams.get('token') ?? '');
  await app.open();
  await page.evaluate(() => (window as unknown as { __command: (cmd: string) => void }).__command('paste-article'));
  const capture = new CapturePage(page);
  await expect(capture.text).toBeFocused();
});

for (const language of ['en', 'fr'] as const) {
  test(`an axe-core scan of the capture dialog and of the form with its source finds nothing serious or critical (${language})`, async ({ app, preview, page }) => {
    await preview.api.invoke('settings.update', { language });
    await app.open();
    const capture = new CapturePage(page);
    await capture.open();
    await capture.paste(ARTICLE);
    expect(await seriousViolations(page), 'capture dialog').toEqual([]);
    await capture.extract();
    await capture.source.waitFor();
    await expect(capture.mark('Moscou')).toBeVisible();
    expect(await seriousViolations(page), 'form with source').toEqual([]);
  });
}
