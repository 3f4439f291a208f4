import { expect, test } from './fixtures.ts';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;

test('markup in a title, summary, place, person or source is shown as text and never runs', async ({ app, preview, page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await preview.api.invoke('events.create', {
    title: `Alerte ${PAYLOAD}`,
    date: '2025-06-23',
    place: { name: `Lieu <svg onload=alert(1)>` },
    people: [{ name: `Nom <b onmouseover=alert(2)>gras</b>`, role: 'host' }],
    topics: ['<iframe src=javascript:alert(3)>'],
    summary: `Résumé ${PAYLOAD}\n\n[cliquez](javascript:alert(4)) [données](data:text/html,<script>alert(5)</script>) [web](https://example.org/ok)\n\n<a href="javascript:alert(6)">lien brut</a>`,
    sourceText: PAYLOAD,
    sources: [{ url: 'https://example.org/"><script>alert(7)</script>', title: `Source ${PAYLOAD}` }],
  });
  await app.open();
  await expect(app.timeline.event(`Alerte ${PAYLOAD}`)).toBeVisible();
  await app.timeline.openEvent(`Alerte ${PAYLOAD}`);
  await expect(app.detail.title).toHaveText(`Alerte ${PAYLOAD}`);
  await expect(app.detail.root).toContainText('Lieu <svg onload=alert(1)>');
  await expect(app.detail.participant('Nom <b onmouseover=alert(2)>gras</b>')).toBeVisible();

  const summary = app.detail.section(/^Summary$/);
  await expect(summary.getByRole('link', { name: 'web' })).toHaveAttribute('href', 'https://example.org/ok');
  for (const name of ['cliquez', 'données', 'lien brut']) {
    const link = summary.getByText(name, { exact: true });
    await expect(link).toBeVisible();
    expect(await link.evaluate((el) => el.closest('a')?.getAttribute('href') ?? null)).toBeNull();
  }
  await expect(summary.getByRole('link')).toHaveCount(1);

  await app.search.open();
  await app.search.type('alerte');
  await expect(app.search.results.first()).toBeVisible();
  await page.mouse.move(10, 10);

  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The one script element in the body is the page's own first-screen data, inert JSON.
  expect(await page.locator('body script:not(#first-screen), body iframe, main img, main svg[onload]').count()).toBe(0);
  expect(await page.locator('script#first-screen').evaluateAll((els) => els.map((el) => el.getAttribute('type')))).toEqual(['application/json']);
});
