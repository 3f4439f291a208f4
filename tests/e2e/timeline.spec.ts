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

test('a filter chip narrows the timeline, a filter that matches nothing says so and offers to clear it, and filters are kept', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await preview.api.invoke('events.create', { title: 'Entretien avec le Sénégal', date: '2025-05-02', countries: ['SN'], kind: 'phone_call' });
  await app.open();
  const t = app.timeline;
  await expect(t.event('Entretien avec le Sénégal')).toBeVisible();

  await t.addFilter(/^Country$/, 'senegal', /^Senegal/);
  await expect(t.chip('Senegal')).toBeVisible();
  await expect(t.event('Entretien avec le Sénégal')).toBeVisible();
  await expect(t.event(MEETING_TITLE)).toHaveCount(0);

  await page.reload();
  await expect(t.chip('Senegal')).toBeVisible();
  await expect(t.event(MEETING_TITLE)).toHaveCount(0);

  await t.addFilter(/^Person$/, 'bogdanov', /^Mikhaïl Bogdanov/);
  await expect(t.noMatch()).toBeVisible();
  await t.clearFilters();
  await expect(t.event(MEETING_TITLE)).toBeVisible();
  await expect(t.event('Entretien avec le Sénégal')).toBeVisible();
});

test('the today marker shows the open follow-ups ahead, and an empty store invites the first event', async ({ app, preview }) => {
  await app.open();
  await expect(app.page.getByText('No events yet.')).toBeVisible();
  await createMeeting(preview.api);
  await app.page.reload();
  await expect(app.timeline.today).toContainText('Today');
  await expect(app.timeline.today.getByRole('button', { name: 'Consultations politiques bilatérales à Bamako' })).toBeVisible();
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
