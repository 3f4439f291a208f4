import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { createBackdrop, createMeeting, MEETING_TITLE } from './story.ts';

const DIR = 'test-results/screenshots';

/** Kept as artifacts for review; the English timeline is the one the README shows. */
test('screenshots of the timeline and search, in English and French', async ({ app, preview, page }) => {
  mkdirSync(DIR, { recursive: true });
  await createBackdrop(preview.api);
  await createMeeting(preview.api);
  for (const language of ['en', 'fr'] as const) {
    await preview.api.invoke('settings.update', { language });
    await app.open();
    await expect(app.timeline.event(MEETING_TITLE)).toBeVisible();
    await page.screenshot({ path: `${DIR}/timeline-${language}.png` });

    await app.search.open();
    await app.search.type('mali');
    await expect(app.search.results.first()).toBeVisible();
    await page.screenshot({ path: `${DIR}/search-${language}.png` });
    await app.search.openWithKeyboard(0);
    await expect(app.detail.title).toBeVisible();
    await page.screenshot({ path: `${DIR}/detail-${language}.png` });
  }
  mkdirSync('docs', { recursive: true });
  copyFileSync(`${DIR}/timeline-en.png`, 'docs/screenshot.png');
});
