import { expect, test } from './fixtures.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

test('after the preview restarts on the same data folder, events, follow-ups and settings are all still there', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await app.open();
  await app.goTo('settings');
  await app.settings.setLanguage('fr');
  const firstUrl = preview.url;

  await preview.restart();
  expect(preview.url).not.toBe(firstUrl);
  await page.goto(preview.url);
  await expect(app.timeline.heading).toHaveText('Chronologie');
  await expect(app.timeline.event(MEETING_TITLE)).toBeVisible();
  await app.timeline.openEvent(MEETING_TITLE);
  await expect(app.detail.section(/^Suivis$/)).toContainText('Consultations politiques bilatérales à Bamako');
  await app.search.open();
  await app.search.type('bamako');
  await expect(app.search.result(MEETING_TITLE)).toBeVisible();
});

test('the old token stops working once the preview restarts', async ({ preview, page }) => {
  const old = preview.url;
  await preview.restart();
  const res = await page.request.get(old.replace(/:\d+\//, `:${new URL(preview.url).port}/`));
  expect(res.status()).toBe(403);
});
