import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { EventFormPage } from './pages/event-form.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

const FOLLOW_UP = 'Consultations politiques bilatérales à Bamako';

test('a new user logs the Moscow meeting with its officials, countries, topics and a follow-up read from its wording', async ({ app, preview, page }) => {
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await expect(form.heading).toHaveText('New event');

  await form.fillTitle(MEETING_TITLE);
  await form.setKind('Meeting');
  await form.setDate('2025-06-23');
  await expect(form.root.getByText('YYYY-MM-DD · 23 June 2025')).toBeVisible();
  await form.setPlace('Moscou', 'Russia');
  await form.addCountry('mali', 'Mali');
  await form.addCountry('russ', 'Russia');
  await form.addOrganisation('aes', 'AES');
  await form.addNewPerson({ name: 'Abdoulaye Diop', title: 'Ministre des Affaires étrangères', country: 'Mali', role: 'Head of delegation' });
  await form.addNewPerson({ name: 'Ismaël Wagué', title: 'Ministre de la Réconciliation', country: 'Mali', role: 'Delegation member' });
  await form.addNewPerson({ name: 'Mikhaïl Bogdanov', title: 'Vice-ministre des Affaires étrangères', country: 'Russia', role: 'Host' });
  await form.addTopic('souveraineté du Mali');
  await form.addTopic('lutte contre le terrorisme');
  await form.setSummary('Les délégations ont **réaffirmé** leur attachement à la souveraineté du Mali.');
  await expect(form.summaryPreview().locator('strong')).toHaveText('réaffirmé');

  const followUp = await form.addFollowUp({ title: FOLLOW_UP, wording: 'dans les prochaines semaines', acceptProposal: false, place: 'Bamako' });
  await expect(form.proposal(1)).toContainText('Proposed window: 24 June 2025 – 4 August 2025');
  await followUp.getByRole('button', { name: 'Use this window' }).click();
  await expect(followUp.getByLabel('From', { exact: true })).toHaveValue('2025-06-24');
  await expect(followUp.getByLabel('To', { exact: true })).toHaveValue('2025-08-04');
  await page.screenshot({ path: 'test-results/screenshots/event-form-en.png', fullPage: true });

  await form.save();
  await expect(form.root).toBeHidden();

  const { items } = await preview.api.invoke('events.list', {});
  expect(items.map((e) => e.title)).toEqual([MEETING_TITLE]);
  const event = await preview.api.invoke('events.get', { id: items[0]!.id });
  expect(event.date).toBe('2025-06-23');
  expect(event.place).toMatchObject({ name: 'Moscou', country: 'RU' });
  expect(event.countries).toEqual(['ML', 'RU']);
  expect(event.organisations.map((o) => o.acronymEn)).toEqual(['AES']);
  expect(event.participants.map((p) => [p.person.name, p.title, p.person.country, p.role])).toEqual([
    ['Abdoulaye Diop', 'Ministre des Affaires étrangères', 'ML', 'head_of_delegation'],
    ['Ismaël Wagué', 'Ministre de la Réconciliation', 'ML', 'member'],
    ['Mikhaïl Bogdanov', 'Vice-ministre des Affaires étrangères', 'RU', 'host'],
  ]);
  expect(event.topics.map((t) => t.name)).toEqual(['souveraineté du Mali', 'lutte contre le terrorisme']);
  expect(event.followUps).toHaveLength(1);
  expect(event.followUps[0]).toMatchObject({
    title: FOLLOW_UP,
    wording: 'dans les prochaines semaines',
    due: { kind: 'window', from: '2025-06-24', to: '2025-08-04' },
    place: { name: 'Bamako' },
  });
});

test('people, organisations and topics already in the directory are found without their accents', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.combobox('people').fill('wague');
  await form.suggestion(/^Ismaël Wagué/).click();
  await expect(form.root.locator('.ef-person-name')).toHaveText(['Ismaël Wagué']);
  await expect(form.root.getByLabel('Title held — Ismaël Wagué')).toHaveValue('Ministre de la Réconciliation');
  await form.combobox('topics').fill('souverainete');
  await expect(form.suggestion('souveraineté du Mali')).toBeVisible();
  await page.keyboard.press('Escape');
  await form.combobox('organisations').fill('cedeao');
  await expect(form.suggestion(/^ECOWAS/)).toBeVisible();
});

test('the directory boxes work from the keyboard: arrows and Enter pick, Enter on new text creates', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.combobox('people').fill('bogd');
  await expect(form.suggestion(/^Mikhaïl Bogdanov/)).toBeVisible();
  // The list filters as the answer arrives: wait until it is the filtered one before picking.
  await expect(form.suggestion(/^Abdoulaye Diop/)).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.root.locator('.ef-person-name')).toHaveText(['Mikhaïl Bogdanov']);
  await form.combobox('topics').fill('Sahel central');
  await page.keyboard.press('Enter');
  await expect(form.root.getByRole('list', { name: 'Topics' })).toContainText('Sahel central');
  await expect(form.combobox('topics')).toHaveValue('');
  await expect(form.root).toBeVisible();
  expect((await preview.api.invoke('events.list', {})).total).toBe(1);
});

test('an impossible date and an empty title are shown at their fields, and nothing is saved', async ({ app, preview, page }) => {
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.setDate('2025-02-30');
  await form.save();

  const title = form.field('title');
  const date = form.field('date');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('This cannot be empty.');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/^This is not a real calendar date\./);
  await expect(form.errorSummary()).toContainText('2 fields need attention');
  await expect(title).toBeFocused();
  expect((await preview.api.invoke('events.list', {})).total).toBe(0);

  // Fixing both clears the errors and saves.
  await form.fillTitle('Réunion');
  await form.setDate('2025-02-28');
  await form.save();
  await expect(form.root).toBeHidden();
  expect((await preview.api.invoke('events.list', {})).total).toBe(1);
});

test('a follow-up window that ends before it starts is shown at the follow-up, and nothing is saved', async ({ app, preview, page }) => {
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.fillTitle('Réunion');
  await form.setDate('2025-06-23');
  const f = await form.addFollowUp({ title: 'Rapport' });
  await f.getByLabel('From', { exact: true }).fill('2025-07-10');
  await f.getByLabel('To', { exact: true }).fill('2025-07-01');
  await form.save();
  await expect(f.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(f.getByLabel('To', { exact: true })).toHaveAccessibleDescription('This ends before it starts.');
  expect((await preview.api.invoke('events.list', {})).total).toBe(0);
});

test('a draft survives a reload and can be discarded', async ({ app, page }) => {
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.fillTitle('Entretien avec l’ambassadeur');
  await form.setDate('2025-07');
  await form.addTopic('coopération');
  await form.addFollowUp({ title: 'Note au ministre', wording: 'la semaine prochaine', acceptProposal: false });
  // The reload asks first (unsaved changes); the user confirms.
  page.on('dialog', (d) => void d.accept());
  await page.waitForTimeout(400);
  await page.reload();
  await app.timeline.heading.waitFor();
  await app.goTo('new');

  await expect(form.restoredNotice()).toBeVisible();
  await expect(form.field('title')).toHaveValue('Entretien avec l’ambassadeur');
  await expect(form.field('date')).toHaveValue('2025-07');
  await expect(form.root.getByRole('list', { name: 'Topics' })).toContainText('coopération');
  await expect(form.followUp(1).getByLabel(/^What is to follow$/)).toHaveValue('Note au ministre');

  await form.root.getByRole('button', { name: 'Discard draft' }).click();
  await expect(form.field('title')).toHaveValue('');
});

test('leaving with unsaved changes asks first, and staying keeps what was typed', async ({ app, page }) => {
  await app.open();
  await app.goTo('new');
  const form = new EventFormPage(page);
  await form.fillTitle('Appel téléphonique');
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await app.goTo('timeline');
  expect(asked).toEqual(['You have unsaved changes. Leave and discard them?']);
  await expect(form.field('title')).toHaveValue('Appel téléphonique');

  page.once('dialog', (d) => void d.accept());
  await form.cancel();
  await expect(form.root).toBeHidden();
});

test('an event is deleted from its edit form, and Undo brings it back with its follow-up', async ({ app, preview, page }) => {
  await createMeeting(preview.api);
  await app.open();
  await app.timeline.openEvent(MEETING_TITLE);
  await app.detail.editButton.click();
  const form = new EventFormPage(page);
  await expect(form.heading).toHaveText('Edit event');
  await expect(form.field('title')).toHaveValue(MEETING_TITLE);

  await form.delete();
  await expect(page.locator('.ef-toast')).toContainText(`“${MEETING_TITLE}” deleted.`);
  await expect.poll(async () => (await preview.api.invoke('events.list', {})).total).toBe(0);

  await form.undoButton().click();
  await expect(page.locator('.ef-toast')).toContainText(`“${MEETING_TITLE}” restored.`);
  const { items } = await preview.api.invoke('events.list', {});
  expect(items.map((e) => e.title)).toEqual([MEETING_TITLE]);
  const restored = await preview.api.invoke('events.get', { id: items[0]!.id });
  expect(restored.followUps.map((f) => f.title)).toEqual([FOLLOW_UP]);
});

test('editing an event saves its fields and its follow-ups, and the history records it', async ({ app, preview, page }) => {
  const meeting = await createMeeting(preview.api);
  await app.open();
  await app.timeline.openEvent(MEETING_TITLE);
  await app.detail.editButton.click();
  const form = new EventFormPage(page);
  await form.fillTitle(`${MEETING_TITLE} (Lavrov absent)`);
  await form.addFollowUp({ title: 'Visite du ministre russe à Bamako', wording: "d'ici fin juillet" });
  await form.save();
  await expect(form.root).toBeHidden();

  const after = await preview.api.invoke('events.get', { id: meeting.id });
  expect(after.title).toBe(`${MEETING_TITLE} (Lavrov absent)`);
  expect(after.followUps.map((f) => [f.title, f.due])).toEqual([
    [FOLLOW_UP, { kind: 'window', from: '2025-06-24', to: '2025-08-04' }],
    ['Visite du ministre russe à Bamako', { kind: 'window', from: '2025-06-24', to: '2025-07-31' }],
  ]);
  const history = await preview.api.invoke('events.history', { id: meeting.id });
  expect(history.map((h) => h.action)).toContain('update');
});

for (const lang of ['en', 'fr'] as const) {
  test(`the event form passes an axe scan with nothing serious or critical (${lang})`, async ({ app, preview, page }) => {
    await preview.api.invoke('settings.update', { language: lang });
    await createMeeting(preview.api);
    await app.open();
    await app.timeline.openEvent(MEETING_TITLE);
    await app.detail.editButton.click();
    const form = new EventFormPage(page);
    await expect(form.field('title')).toHaveValue(MEETING_TITLE);
    await form.setDate('2025-02-30');
    await form.save();
    await expect(form.errorSummary()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/event-form-edit-${lang}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).include('form.event-form').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
