import { expect, test } from './fixtures.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

test('the timeline shows the sample story under its year and month, with its people and follow-up', async ({ app, preview }) => {
  await createMeeting(preview.api);
  await app.open();
  const t = app.timeline;
  await expect(t.yearHeading(2025)).toBeVisible();
  await expect(t.monthHeading('June 2025')).toBeVisible();
  const row = t.row(MEETING_TITLE);
  await expect(row).toContainText('23 Jun');
  await expect(row).toContainText('Meeting · Moscou · Mali, Russia · Abdoulaye Diop, Ismaël Wagué, Mikhaïl Bogdanov');
  await expect(row).toContainText('1 open follow-up');
  await app.page.screenshot({ path: 'test-results/screenshots/dev-timeline.png' });
  await t.openEvent(MEETING_TITLE);
  await app.page.screenshot({ path: 'test-results/screenshots/dev-detail.png', fullPage: true });
  await expect(app.detail.title).toHaveText(MEETING_TITLE);
  await expect(app.detail.participant('Ismaël Wagué')).toContainText('Delegation member');
  await expect(app.detail.participant('Mikhaïl Bogdanov')).toContainText('Host');
  await expect(app.detail.fact(/^Countries$/)).toHaveText('Mali, Russia');
  await expect(app.detail.section(/^Follow-ups$/)).toContainText('Consultations politiques bilatérales à Bamako');
  await expect(app.detail.section(/^Follow-ups$/)).toContainText('« dans les prochaines semaines »');
  await expect(app.detail.section(/^History$/)).toContainText('Created');
});

test('events known only to the month or year sit at the head of their period, marked approximate; spans show', async ({ app, preview }) => {
  await preview.api.invoke('events.create', { title: 'Sommet de juin', date: '2025-06-10', endDate: '2025-06-12', kind: 'summit' });
  await preview.api.invoke('events.create', { title: 'Accord de juin', date: '2025-06', kind: 'agreement_signed' });
  await preview.api.invoke('events.create', { title: 'Visite de 2024', date: '2024', kind: 'visit' });
  await app.open();
  const t = app.timeline;
  await expect(t.list.locator('.ev-title')).toHaveText(['Visite de 2024', 'Accord de juin', 'Sommet de juin']);
  await expect(t.row('Accord de juin')).toContainText('≈ June');
  await expect(t.row('Accord de juin')).toContainText('(approximate date)');
  await expect(t.row('Visite de 2024')).toContainText('≈ 2024');
  await expect(t.row('Sommet de juin')).toContainText('10 Jun – 12 Jun');
});

test.describe('filters kept in the store', () => {
  // The page uses the screen it was served with when its day is the server's: same clock, same time zone (as in the desktop app).
  test.use({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });

  test('a filter chip narrows the timeline, a filter that matches nothing says so and offers to clear it, and filters are kept: the page comes back drawn filtered and takes that over', async ({ app, preview, page, browser }) => {
    await createMeeting(preview.api);
    await preview.api.invoke('events.create', { title: 'Entretien avec le Sénégal', date: '2025-05-02', countries: ['SN'], kind: 'phone_call' });
    await app.open();
    const t = app.timeline;
    await expect(t.event('Entretien avec le Sénégal')).toBeVisible();

    await t.addFilter(/^Country$/, 'senegal', /^Senegal/);
    await expect(t.chip('Senegal')).toBeVisible();
    await expect(t.event('Entretien avec le Sénégal')).toBeVisible();
    await expect(t.event(MEETING_TITLE)).toHaveCount(0);
    // Kept in the store, where the page is served from and every window and the CLI read them.
    await expect.poll(async () => (await preview.api.invoke('settings.get')).timelineFilters.chips.map((c) => c.value)).toEqual(['SN']);

    // Before any script runs, the page arrives drawn with the filters: their chip, and only the rows that pass them.
    const bare = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    try {
      const served = await bare.newPage();
      await served.goto(preview.url);
      const rows = served.locator('.ev-row[data-event-id]');
      await expect(rows.filter({ hasText: 'Entretien avec le Sénégal' })).toBeInViewport();
      await expect(rows).toHaveCount(1);
      await expect(served.getByRole('list', { name: 'Filters' })).toContainText('Senegal');
    } finally {
      await bare.close();
    }

    // The page takes that screen over as it is: no hydration error, and the rows are not asked for again.
    const asked: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/')) asked.push(decodeURIComponent(path.slice(5)));
    });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.reload();
    await expect(t.chip('Senegal')).toBeVisible();
    await expect(t.event('Entretien avec le Sénégal')).toBeVisible();
    await expect(t.event(MEETING_TITLE)).toHaveCount(0);
    // The today marker's reminders and the badge come after; the first screen is not asked for again.
    await page.waitForTimeout(300);
    expect(asked).not.toContain('events.list');
    expect(asked).not.toContain('events.density');
    expect(asked).not.toContain('settings.get');
    expect(problems.filter((p) => !/favicon|404/.test(p))).toEqual([]);

    await t.addFilter(/^Person$/, 'bogdanov', /^Mikhaïl Bogdanov/);
    await expect(t.noMatch()).toBeVisible();
    await t.clearFilters();
    await expect(t.event(MEETING_TITLE)).toBeVisible();
    await expect(t.event('Entretien avec le Sénégal')).toBeVisible();
    await expect.poll(async () => (await preview.api.invoke('settings.get')).timelineFilters).toEqual({ chips: [] });
  });

  test('filters an earlier version kept in the page move to the store, once', async ({ app, preview, page }) => {
    const KEY = 'chancery.timeline.filters.v1';
    await createMeeting(preview.api);
    await preview.api.invoke('events.create', { title: 'Entretien avec le Sénégal', date: '2025-05-02', countries: ['SN'], kind: 'phone_call' });
    await app.open();
    const t = app.timeline;
    await expect(t.event(MEETING_TITLE)).toBeVisible();
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ chips: [{ dim: 'countries', value: 'SN', labels: { en: 'Senegal', fr: 'Sénégal' } }] })), KEY);

    await page.reload();
    await expect(t.chip('Senegal')).toBeVisible();
    await expect(t.event('Entretien avec le Sénégal')).toBeVisible();
    await expect(t.event(MEETING_TITLE)).toHaveCount(0);
    await expect.poll(async () => (await preview.api.invoke('settings.get')).timelineFilters.chips.map((c) => c.value)).toEqual(['SN']);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

    // From now on the store's filters are the ones: cleared there, they stay cleared.
    await t.clearFilters();
    await expect(t.event(MEETING_TITLE)).toBeVisible();
    await page.reload();
    await expect(t.event(MEETING_TITLE)).toBeVisible();
    await expect(t.chip('Senegal')).toHaveCount(0);
  });
});

test('the today marker shows the open follow-ups ahead, and an empty store invites the first event', async ({ app, preview }) => {
  await app.open();
  await expect(app.page.getByText('No events yet.')).toBeVisible();
  await createMeeting(preview.api);
  await app.page.reload();
  await expect(app.timeline.today).toContainText('Today');
  await expect(app.timeline.today.getByRole('button', { name: 'Consultations politiques bilatérales à Bamako' })).toBeVisible();
});

test('the today marker lists the first five follow-ups ahead, overdue first, and counts the rest', async ({ app, preview }) => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { id: eventId } = await preview.api.invoke('events.create', { title: 'Entretien Mali–Russie', date: day(-30) });
  // Two overdue, three within the next 90 days, three later: eight open in all.
  for (const [title, offset] of [['Suite 1', -10], ['Suite 2', -5], ['Suite 3', 10], ['Suite 4', 20], ['Suite 5', 30], ['Suite 6', 120], ['Suite 7', 200], ['Suite 8', 300]] as const) {
    await preview.api.invoke('followUps.create', { eventId, title, due: day(offset) });
  }
  await app.open();
  const today = app.timeline.today;
  await expect(today.getByRole('button', { name: /^Suite \d$/ })).toHaveText(['Suite 1', 'Suite 2', 'Suite 3', 'Suite 4', 'Suite 5']);
  await expect(today.getByRole('button', { name: '3 more in Follow-ups' })).toBeVisible();
});

test('with thousands of events the timeline keeps the DOM small, scrolls to the end, and the density strip jumps', async ({ app, preview }) => {
  const events = Array.from({ length: 3000 }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
    return { title: `Événement numéro ${i + 1}`, date: day, countries: ['FR'] };
  });
  await preview.api.invoke('events.createMany', { events });
  await app.open();
  const t = app.timeline;
  await expect(t.list.locator('.ev-title').first()).toBeVisible();
  const nodes = await app.page.evaluate(() => document.getElementsByTagName('*').length);
  expect(nodes).toBeLessThan(1500);

  await t.scrollToEnd();
  await expect(t.event('Événement numéro 3000')).toBeVisible();
  await t.scrollToTop();
  await expect(t.event('Événement numéro 1')).toBeVisible();

  await t.densityStrip.focus();
  await app.page.keyboard.press('End');
  await expect(t.event('Événement numéro 3000')).toBeVisible();
  expect(await app.page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(1500);

  await t.scrollToTop();
  await t.openEvent('Événement numéro 2');
  await expect(app.detail.title).toHaveText('Événement numéro 2');
  await app.page.getByRole('button', { name: /Back to the timeline/ }).click();
  await expect(t.event('Événement numéro 2')).toBeVisible();
});
