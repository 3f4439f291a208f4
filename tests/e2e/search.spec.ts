import { expect, test } from './fixtures.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

test.beforeEach(async ({ app, preview }) => {
  await createMeeting(preview.api);
  await preview.api.invoke('events.create', { title: 'Visite à Dakar', date: '2025-03-04', countries: ['SN'], summary: 'Coopération économique.' });
  await app.open();
});

for (const query of ['wague', 'Bogdanov', 'souverainete']) {
  test(`searching "${query}" finds the Moscow meeting and Enter opens it`, async ({ app }) => {
    const s = app.search;
    await s.open();
    await s.type(query);
    await expect(s.result(MEETING_TITLE)).toBeVisible();
    await expect(s.results).toHaveCount(1);
    await expect(s.result(MEETING_TITLE).locator('mark').first()).toBeVisible();
    await s.openWithKeyboard(0);
    await expect(s.dialog).toBeHidden();
    await expect(app.detail.title).toHaveText(MEETING_TITLE);
  });
}

test('arrow keys move through the results and Escape closes the dialog', async ({ app }) => {
  const s = app.search;
  await s.open();
  await s.type('a');
  await expect(s.results).toHaveCount(2);
  await expect(s.results.nth(0)).toHaveAttribute('aria-selected', 'true');
  await s.input.press('ArrowDown');
  await expect(s.results.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(s.input).toHaveAttribute('aria-activedescendant', (await s.results.nth(1).getAttribute('id')) ?? '');
  await s.close();
  await expect(s.dialog).toBeHidden();
  await expect(app.timeline.heading).toBeVisible();
});

test('a search with no match says so', async ({ app }) => {
  const s = app.search;
  await s.open();
  await s.type('zanzibar');
  await expect(s.status).toHaveText('No event matches “zanzibar”.');
  await expect(s.results).toHaveCount(0);
});

test('facets show counts and narrow the results', async ({ app }) => {
  const s = app.search;
  await s.open();
  await s.type('a');
  await expect(s.results).toHaveCount(2);
  const senegal = s.facet(/^Senegal\s*1$/);
  await expect(senegal).toBeVisible();
  await senegal.click();
  await expect(s.results).toHaveCount(1);
  await expect(s.result('Visite à Dakar')).toBeVisible();
});

test('Ctrl+K opens search from any screen, even from a text field', async ({ app }) => {
  await app.goTo('settings');
  await app.settings.reminderTime.focus();
  await app.shortcut('k');
  await expect(app.search.input).toBeFocused();
});

test('a search with more than 1,000 matches says "1,000+" and still offers facets', async ({ app, preview }) => {
  const events = Array.from({ length: 1_001 }, (_, i) => ({ title: `Compte rendu de Zinder n° ${i}`, date: '2024-02-01', countries: ['NE'] }));
  await preview.api.invoke('events.createMany', { events });
  const s = app.search;
  await s.open();
  await s.type('zinder');
  await expect(s.status).toHaveText('1,000+ results');
  await expect(s.facet(/^Niger\s*1000$/)).toBeVisible();
});
