/**
 * The first screen comes with the page (api/first-screen.ts): drawn where it is served from the
 * same components, with its data in a JSON block the page takes over from. Timings are the
 * benchmark's business; here: it is there without script, it is the same screen once the script
 * runs, and nothing is asked twice.
 */
import { addCalendarDays, calendarDateOf } from '../../core/dates.ts';
import { expect, test } from './fixtures.ts';

const today = calendarDateOf(new Date());
// The page's "today" must be the server's for the served screen to be used: same clock, same time zone (as in the desktop app).
test.use({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });

test('the page arrives with the timeline drawn: rows, today and the language are there before any script runs', async ({ browser, preview }) => {
  await preview.api.invoke('events.create', { title: 'Consultations à Niamey', date: addCalendarDays(today, -2), place: 'Niamey', countries: ['NE'] });
  await preview.api.invoke('events.create', { title: 'Sommet à venir', date: addCalendarDays(today, 30) });
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto(preview.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Chronologie' })).toBeVisible();
    const row = page.locator('.ev-row[data-event-id]', { hasText: 'Consultations à Niamey' });
    await expect(row).toBeInViewport();
    await expect(row).toContainText('Niger');
    await expect(page.locator('section.today')).toBeInViewport();
  } finally {
    await context.close();
  }
});

test('the page takes the served screen over as it is: no hydration error, nothing asked again, rows live', async ({ app, page, preview }) => {
  await preview.api.invoke('events.create', { title: 'Consultations à Niamey', date: addCalendarDays(today, -2) });
  await preview.api.invoke('events.create', { title: 'Appel avec Accra', date: addCalendarDays(today, -40) });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) asked.push(decodeURIComponent(path.slice(5)));
  });
  await app.open();
  const t = app.timeline;
  const rowBefore = await t.row('Consultations à Niamey').boundingBox();
  await expect(t.today).toBeInViewport();
  // The today marker's reminders and the badge come after; the first screen is not asked for again.
  await page.waitForTimeout(300);
  expect(asked).not.toContain('events.density');
  expect(asked).not.toContain('events.list');
  expect(asked).not.toContain('settings.get');
  expect(problems.filter((p) => !/favicon|404/.test(p))).toEqual([]);
  // Still where the server put it once the page scrolled itself there.
  expect((await t.row('Consultations à Niamey').boundingBox())?.y).toBe(rowBefore?.y);
  await t.openEvent('Appel avec Accra');
  await expect(app.detail.title).toHaveText('Appel avec Accra');
  // Back on the timeline, it is asked for anew (the data may have changed).
  await app.goTo('timeline');
  await expect(t.event('Consultations à Niamey')).toBeVisible();
  expect(asked).toContain('events.density');
});

test('a page whose day is not the one served (another time zone, past midnight) draws itself from the store', async ({ app, page, preview }) => {
  await preview.api.invoke('events.create', { title: 'Consultations à Niamey', date: addCalendarDays(today, -2) });
  await page.clock.setFixedTime(new Date(Date.now() + 400 * 86_400_000));
  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) asked.push(decodeURIComponent(path.slice(5)));
  });
  await app.open();
  await expect(app.timeline.event('Consultations à Niamey')).toBeVisible();
  await expect(app.timeline.today).toBeInViewport();
  expect(asked).toContain('events.density');
});
