import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

for (const language of ['en', 'fr'] as const) {
  test(`an axe-core scan of timeline, search, settings and event detail finds nothing serious or critical (${language})`, async ({ app, preview, page }) => {
    await createMeeting(preview.api);
    await preview.api.invoke('events.create', { title: 'Accord de juin', date: '2025-06', kind: 'agreement_signed' });
    await preview.api.invoke('settings.update', { language });
    await app.open();
    await expect(app.timeline.event(MEETING_TITLE)).toBeVisible();
    expect(await seriousViolations(page), 'timeline').toEqual([]);

    await app.search.open();
    await app.search.type('bogdanov');
    await expect(app.search.results.first()).toBeVisible();
    expect(await seriousViolations(page), 'search').toEqual([]);
    await app.search.close();

    await app.timeline.openEvent(MEETING_TITLE);
    await expect(app.detail.title).toBeVisible();
    expect(await seriousViolations(page), 'event detail').toEqual([]);

    await app.goTo('settings');
    await expect(app.settings.language).toBeVisible();
    expect(await seriousViolations(page), 'settings').toEqual([]);
  });
}
