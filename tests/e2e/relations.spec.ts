import { expect, test } from './fixtures.ts';
import { PersonPage, RelationsPage } from './pages/relations.ts';
import { createMeeting, MEETING_TITLE } from './story.ts';

// The page's "today" is fixed, so the figures are exact: eight days after the Moscow meeting.
test.beforeEach(async ({ app, page, preview }) => {
  await createMeeting(preview.api);
  await page.clock.setFixedTime(new Date('2025-07-01T10:00:00+02:00'));
  await app.open();
});

test('the seed meeting opens the Mali–Russia relations with their figures', async ({ app, page }) => {
  await app.timeline.openEvent(MEETING_TITLE);
  await app.detail.fact(/^Relations$/).getByRole('button', { name: 'Mali–Russia relations' }).click();

  const r = new RelationsPage(page);
  await expect(r.title).toHaveText('Mali–Russia relations');
  await expect(r.figure('events')).toHaveText('1');
  await expect(r.figure('daysSinceLast')).toHaveText('8 days ago');
  await expect(r.figure('longestGapDays')).toHaveText('—');
  await expect(r.figure('deliveryRate')).toHaveText('none due yet');
  await expect(r.section(/^Follow-ups promised/)).toContainText('Open 1');
  await expect(r.section(/^Follow-ups promised/)).toContainText('Consultations politiques bilatérales à Bamako');
  await expect(r.section(/^People involved/)).toContainText('Mikhaïl Bogdanov');
  await expect(r.section(/^Contacts per quarter/).locator('svg rect')).toHaveCount(2);

  await r.openEvent(MEETING_TITLE);
  await expect(app.detail.title).toHaveText(MEETING_TITLE);
});

test('the navigation opens the bilateral view, where two sides are picked', async ({ app, page }) => {
  const r = new RelationsPage(page);
  await r.navLink().click();
  await expect(r.title).toHaveText('Relations');
  await r.pickSide(/^First side/, 'mali', /^Mali$/);
  await r.pickSide(/^Second side/, 'russ', /^Russia$/);
  await expect(r.figure('events')).toHaveText('1');
  await expect(app.mainHeading()).toHaveText('Mali–Russia relations');
});

test('a person is found without the diaeresis, and by an added spelling', async ({ app, page }) => {
  await app.search.open();
  await app.search.type('Mikhail Bogdanov');
  await expect(app.search.result(MEETING_TITLE)).toBeVisible();
  await app.search.openWithKeyboard(0);

  await app.detail.participant('Mikhaïl Bogdanov').getByRole('button', { name: 'Mikhaïl Bogdanov' }).click();
  const person = new PersonPage(page);
  await expect(person.name).toHaveText('Mikhaïl Bogdanov');
  await person.addAlias('M. Bogdanov');
  await expect(person.aliases()).toHaveText([/^M\. Bogdanov/]);

  await app.search.open();
  await app.search.type('M. Bogdanov');
  await expect(app.search.result(MEETING_TITLE)).toBeVisible();
});

test('two records of one person are merged, and the events follow', async ({ app, page, preview }) => {
  await preview.api.invoke('events.create', { title: 'Appel de M. Wague', kind: 'phone_call', date: '2025-06-30', countries: ['ML', 'RU'], people: [{ name: 'I. Wague', country: 'ML' }] });
  await page.reload();
  await app.timeline.openEvent(MEETING_TITLE);
  await app.detail.participant('Ismaël Wagué').getByRole('button', { name: 'Ismaël Wagué' }).click();

  const person = new PersonPage(page);
  await expect(person.events()).toHaveCount(1);
  await person.mergeWith('I. Wag', /^I\. Wague/);
  await expect(person.root.getByRole('status')).toHaveText('I. Wague was merged into this person.');
  await expect(person.events()).toHaveCount(2);
  await expect(person.aliases()).toHaveText([/^I\. Wague/]);
  expect(await preview.api.invoke('directory.people', { query: 'wague' })).toHaveLength(1);
});

test('prints as a one-page brief: no app chrome, the figures, a PDF that holds the title', async ({ app, page }) => {
  await app.timeline.openEvent(MEETING_TITLE);
  await app.detail.fact(/^Relations$/).getByRole('button', { name: 'Mali–Russia relations' }).click();
  const r = new RelationsPage(page);
  await expect(r.figure('events')).toHaveText('1');
  await expect(r.printButton).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(r.pickers).toBeHidden();
  await expect(r.title).toBeVisible();
  await expect(r.figure('daysSinceLast')).toBeVisible();
  await expect(r.section(/^Follow-ups promised/)).toBeVisible();

  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  expect(pdfTitle(pdf)).toBe('Mali–Russia relations');
});

test('the print button calls the browser’s print', async ({ app, page }) => {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await app.timeline.openEvent(MEETING_TITLE);
  await app.detail.fact(/^Relations$/).getByRole('button', { name: 'Mali–Russia relations' }).click();
  const r = new RelationsPage(page);
  await r.printButton.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

/** The document title in a PDF's Info dictionary: a literal string, or UTF-16 hex for non-Latin text. */
function pdfTitle(pdf: string): string | null {
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(pdf);
  if (hex) return Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le');
  const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(pdf);
  if (!literal) return null;
  const raw = literal[1]!.replace(/\\([()\\])/g, '$1');
  return raw.startsWith('\u00fe\u00ff') ? Buffer.from(raw.slice(2), 'latin1').swap16().toString('utf16le') : raw;
}
