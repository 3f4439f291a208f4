import { expect, test } from './fixtures.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

test('switching to French shows "23 juin 2025" and French labels everywhere, and the choice is kept', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await app.open();
  await app.timeline.openEvent(MEETING_TITLE);
  await expect(app.detail.fact(/^Date$/)).toHaveText('23 June 2025');

  await app.goTo('settings');
  await app.settings.setLanguage('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(app.mainHeading()).toHaveText('Réglages');

  await app.goTo('timeline');
  await expect(app.timeline.heading).toHaveText('Chronologie');
  await expect(app.timeline.monthHeading('Juin 2025')).toBeVisible();
  await app.timeline.openEvent(MEETING_TITLE);
  await expect(app.detail.fact(/^Date$/)).toHaveText('23 juin 2025');
  await expect(app.detail.fact(/^Pays$/)).toHaveText('Mali, Russie');
  await expect(app.detail.participant('Abdoulaye Diop')).toContainText('Chef de délégation');

  await page.reload();
  await expect(app.timeline.heading).toHaveText('Chronologie');

  await app.goTo('settings');
  await app.settings.setLanguage('en');
  await app.goTo('timeline');
  await expect(app.timeline.heading).toHaveText('Timeline');
});

test('the system language is the default: a French browser gets French', async ({ browser, preview }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie');
  await context.close();
});
