import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createMeeting } from './story.ts';

/**
 * Stands in for the Electron preload: the same `window.chancery` shape, calls forwarded to the
 * preview over HTTP, and a handle to fire menu commands as the main process would.
 */
test.beforeEach(async ({ page, preview }) => {
  await page.addInitScript((token: string) => {
    const listeners: ((cmd: string) => void)[] = [];
    (window as unknown as { __command: (cmd: unknown) => void }).__command = (cmd) => listeners.forEach((l) => l(cmd as string));
    (window as unknown as { chancery: unknown }).chancery = {
      invoke: async (method: string, input: unknown) =>
        (await fetch(`/api/${method}?token=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? null) })).json(),
      onCommand: (listener: (cmd: string) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
  }, new URL(preview.url).searchParams.get('token') ?? '');
});

async function command(page: Page, cmd: unknown) {
  await page.evaluate((c) => (window as unknown as { __command: (cmd: unknown) => void }).__command(c), cmd);
}

test('menu commands open search, a new event and the follow-ups; malformed ones are ignored', async ({ app, page }) => {
  await app.open();
  await command(page, 'search');
  await expect(app.search.input).toBeFocused();
  await app.search.close();

  await command(page, 'new-event');
  await expect(app.navLink('new')).toHaveAttribute('aria-current', 'page');

  await command(page, 'follow-ups');
  await expect(app.navLink('followups')).toHaveAttribute('aria-current', 'page');

  await app.goTo('timeline');
  await command(page, 'open-follow-up:../../etc');
  await command(page, { name: 'search' });
  await command(page, 'rm -rf');
  await expect(app.navLink('timeline')).toHaveAttribute('aria-current', 'page');
  await expect(app.search.dialog).toBeHidden();
});

test('open-follow-up:<id> shows the follow-ups screen', async ({ app, page, preview }) => {
  const meeting = await createMeeting(preview.api);
  await app.open();
  await command(page, `open-follow-up:${meeting.followUps[0]?.id}`);
  await expect(app.navLink('followups')).toHaveAttribute('aria-current', 'page');
});

test('keyboard shortcuts: Ctrl+J shows the follow-ups, Ctrl+K searches', async ({ app }) => {
  await app.open();
  await app.shortcut('j');
  await expect(app.navLink('followups')).toHaveAttribute('aria-current', 'page');
  await app.shortcut('k');
  await expect(app.search.input).toBeFocused();
});

test('an export or an import from the menu shows how far it has got in the sidebar, then goes', async ({ app, page }) => {
  await app.open();
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  await expect(bar).toBeHidden();

  await command(page, 'transfer:exporting');
  await expect(page.getByRole('status').filter({ hasText: 'Exporting…' })).toBeVisible();
  await expect(bar).not.toHaveAttribute('value');
  await command(page, 'transfer:end');
  await expect(bar).toBeHidden();

  await command(page, 'transfer:1000/2100');
  await expect(page.getByRole('status').filter({ hasText: 'Importing…' })).toBeVisible();
  await expect(bar).toHaveAttribute('value', '1000');
  await expect(bar).toHaveAttribute('max', '2100');
  await expect(bar).toHaveAttribute('aria-valuetext', '1,000 of 2,100 events');
  await expect(page.getByText('1,000 of 2,100 events', { exact: true })).toBeVisible();

  await command(page, 'transfer:tidying');
  await expect(page.getByRole('status').filter({ hasText: 'Finishing the import…' })).toBeVisible();
  await expect(bar).not.toHaveAttribute('value');
  // Counts that cannot be (more done than the total) are ignored, as any malformed command.
  await command(page, 'transfer:3/2');
  await expect(page.getByText('Finishing the import…')).toBeVisible();

  await command(page, 'transfer:end');
  await expect(bar).toBeHidden();
  // The page still works as before.
  await command(page, 'follow-ups');
  await expect(app.navLink('followups')).toHaveAttribute('aria-current', 'page');
});
