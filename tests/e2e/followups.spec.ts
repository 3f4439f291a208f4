import { AxeBuilder } from '@axe-core/playwright';
import type { ApiClient } from '../../core/contract.ts';
import { expect, test } from './fixtures.ts';
import { EventFormPage } from './pages/event-form.ts';
import { FollowUpsPage } from './pages/followups.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

const FOLLOW_UP = 'Consultations politiques bilatérales à Bamako';

/** "Today" in these stories: a Tuesday, a week after the Moscow meeting, inside its follow-up's window. */
const TODAY = new Date('2025-07-01T09:00:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

async function eventWithFollowUps(api: ApiClient, dues: { title: string; due: string }[]): Promise<void> {
  await api.invoke('events.create', {
    title: 'Réunion de coordination',
    date: '2025-06-10',
    place: { name: 'Dakar', country: 'SN' },
    followUps: dues.map((d) => ({ title: d.title, due: d.due })),
  });
}

test('the seed story: the follow-up from the Moscow meeting is found in the panel and done by the Bamako consultations once logged', async ({ app, preview, page }) => {
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.fillTitle(MEETING_TITLE);
  await form.setDate('2025-06-23');
  await form.setPlace('Moscou', 'Russia');
  await form.addCountry('mali', 'Mali');
  await form.addCountry('russie', 'Russia');
  await form.addNewPerson({ name: 'Abdoulaye Diop', title: 'Ministre des Affaires étrangères', country: 'Mali', role: 'Head of delegation' });
  await form.addNewPerson({ name: 'Ismaël Wagué', title: 'Ministre de la Réconciliation', country: 'Mali', role: 'Delegation member' });
  await form.addNewPerson({ name: 'Mikhaïl Bogdanov', title: 'Vice-ministre des Affaires étrangères', country: 'Russia', role: 'Host' });
  await form.addTopic('souveraineté du Mali');
  await form.addFollowUp({ title: FOLLOW_UP, wording: 'dans les prochaines semaines', place: 'Bamako' });
  await form.save();
  await expect(form.root).toBeHidden();

  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await expect(panel.heading).toBeVisible();
  const item = panel.section('today').getByRole('listitem').filter({ hasText: FOLLOW_UP });
  await expect(item).toContainText('Between 24 June 2025 and 4 August 2025');
  await expect(item).toContainText('“dans les prochaines semaines”');
  await expect(item).toContainText(MEETING_TITLE);
  await expect(item).toContainText('23 June 2025');
  await expect(item).toContainText('Bamako');
  await expect(panel.count('today')).toHaveText('1');
  await page.screenshot({ path: 'test-results/screenshots/followups-en.png', fullPage: true });

  // The consultations take place and are logged.
  await app.goTo('new');
  await form.fillTitle(FOLLOW_UP);
  await form.setKind('Consultations');
  await form.setDate('2025-07-15');
  await form.setPlace('Bamako', 'Mali');
  await form.addCountry('mali', 'Mali');
  await form.addCountry('russ', 'Russia');
  await form.save();
  await expect(form.root).toBeHidden();

  await app.goTo('followups');
  await panel.markDone(FOLLOW_UP, { search: 'bamako', title: FOLLOW_UP });
  await expect(panel.item(FOLLOW_UP)).toHaveCount(0);
  await expect(page.locator('.ef-toast')).toContainText('marked done');

  const events = (await preview.api.invoke('events.list', {})).items;
  const meeting = events.find((e) => e.title === MEETING_TITLE)!;
  const consultations = events.find((e) => e.title === FOLLOW_UP)!;
  const [followUp] = (await preview.api.invoke('events.get', { id: meeting.id })).followUps;
  expect(followUp).toMatchObject({ status: 'done', doneByEventId: consultations.id, doneAt: '2025-07-01' });
});

test('follow-ups sit in overdue, due today, this week and later, with counts', async ({ app, preview, page }) => {
  await eventWithFollowUps(preview.api, [
    { title: 'Note de synthèse', due: '2025-06-20' },
    { title: 'Appel au conseiller', due: '2025-07-01' },
    { title: 'Rapport au ministre', due: '2025-07-04' },
    { title: 'Réponse écrite', due: '2025-07-06' },
    { title: 'Bilan trimestriel', due: '2025-09-30' },
  ]);
  await app.open();
  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await expect(panel.count('overdue')).toHaveText('1');
  await expect(panel.count('today')).toHaveText('1');
  await expect(panel.count('upcoming')).toHaveText('2');
  await expect(panel.count('later')).toHaveText('1');
  await expect(panel.section('overdue')).toContainText('Note de synthèse');
  await expect(panel.section('upcoming').locator('h3')).toHaveText(['Rapport au ministre', 'Réponse écrite']);
  await expect(panel.section('later')).toContainText('Due 30 September 2025');
  await expect(panel.root.locator('.fu-total')).toHaveText('5 follow-ups');
});

test('snoozing for a week moves a follow-up out of today; a chosen date works too', async ({ app, preview, page }) => {
  await eventWithFollowUps(preview.api, [
    { title: 'Appel au conseiller', due: '2025-07-01' },
    { title: 'Note de synthèse', due: '2025-06-30' },
  ]);
  await app.open();
  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await panel.snooze('Appel au conseiller', 'week');
  await expect(panel.section('later')).toContainText('Appel au conseiller');
  await expect(panel.item('Appel au conseiller')).toContainText('snoozed until 8 July 2025');

  await panel.snoozeUntil('Note de synthèse', '2025-07-03');
  await expect(panel.section('upcoming')).toContainText('Note de synthèse');
  const list = await preview.api.invoke('followUps.list', {});
  expect(Object.fromEntries(list.items.map((f) => [f.title, f.snoozedUntil]))).toEqual({ 'Appel au conseiller': '2025-07-08', 'Note de synthèse': '2025-07-03' });
});

test('rescheduling from new wording proposes a window from today', async ({ app, preview, page }) => {
  await eventWithFollowUps(preview.api, [{ title: 'Rapport au ministre', due: '2025-06-25' }]);
  await app.open();
  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await panel.rescheduleByWording('Rapport au ministre', "d'ici fin septembre");
  await expect(panel.item('Rapport au ministre')).toContainText('Between 2 July 2025 and 30 September 2025');
  const [f] = (await preview.api.invoke('followUps.list', {})).items;
  expect(f).toMatchObject({ due: { kind: 'window', from: '2025-07-02', to: '2025-09-30' }, wording: "d'ici fin septembre" });
});

test('cancelling a follow-up can be undone', async ({ app, preview, page }) => {
  await eventWithFollowUps(preview.api, [{ title: 'Réponse écrite', due: '2025-07-02' }]);
  await app.open();
  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await panel.cancel('Réponse écrite');
  await expect(panel.item('Réponse écrite')).toHaveCount(0);
  expect((await preview.api.invoke('followUps.list', {})).items[0]!.status).toBe('cancelled');
  await panel.undoButton().click();
  await expect(panel.item('Réponse écrite')).toBeVisible();
  expect((await preview.api.invoke('followUps.list', {})).items[0]!.status).toBe('open');
});

test('the event a follow-up comes from opens from the panel', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await app.open();
  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await panel.openEventOf(FOLLOW_UP);
  await expect(app.detail.title).toHaveText(MEETING_TITLE);
});

test('a reminder pushed by the main process refreshes the panel and shows a banner', async ({ app, preview, page }) => {
  // Stands in for the Electron preload: only the reminder channel, calls still go over HTTP.
  await page.addInitScript(() => {
    const w = window as unknown as { chancery: unknown; pushReminder?: (p: unknown) => void };
    w.chancery = {
      onReminder(listener: (p: unknown) => void) {
        w.pushReminder = listener;
        return () => undefined;
      },
    };
  });
  await app.open();
  await app.goTo('followups');
  const panel = new FollowUpsPage(page);
  await expect(panel.root).toContainText('No open follow-ups');

  // A follow-up appears (another window, the CLI) and the main process reminds about it.
  await eventWithFollowUps(preview.api, [{ title: 'Appel au conseiller', due: '2025-07-01' }]);
  const [f] = (await preview.api.invoke('followUps.list', {})).items;
  await page.evaluate((id) => {
    (window as unknown as { pushReminder(p: unknown): void }).pushReminder({
      followUps: [{ id, title: 'Appel au conseiller', eventTitle: 'Réunion de coordination', date: '2025-07-01', missed: false }],
    });
  }, f!.id);
  await expect(panel.banner()).toContainText('Reminder: a follow-up is due');
  await expect(panel.section('today')).toContainText('Appel au conseiller');
  await panel.banner().getByRole('button', { name: 'Appel au conseiller' }).click();
  await expect(panel.item('Appel au conseiller')).toBeFocused();
});

for (const lang of ['en', 'fr'] as const) {
  test(`the follow-ups panel and its done dialog pass an axe scan with nothing serious or critical (${lang})`, async ({ app, preview, page }) => {
    await preview.api.invoke('settings.update', { language: lang });
    await createMeeting(preview.api);
    await eventWithFollowUps(preview.api, [
      { title: 'Note de synthèse', due: '2025-06-20' },
      { title: 'Rapport au ministre', due: '2025-07-04' },
    ]);
    await app.open();
    await app.goTo('followups');
    const panel = new FollowUpsPage(page);
    await expect(panel.item(FOLLOW_UP)).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/followups-${lang}.png`, fullPage: true });
    const scan = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    await panel.item(FOLLOW_UP).getByRole('button', { name: /^(Done|Fait)$/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
