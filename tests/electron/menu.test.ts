import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

const { MAIN_ACTIONS, MENU_COMMANDS, menuTemplate } = await import('../../electron/menu.ts');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(lang: 'fr' | 'en', platform: NodeJS.Platform, developer = false) {
  const sent: string[] = [];
  const ran: string[] = [];
  const items = flatten(menuTemplate({ lang, platform, developer, send: (c) => sent.push(c), run: (a) => ran.push(a) }));
  const byLabel = (label: string) => items.find((i) => i.label === label);
  return { items, sent, ran, byLabel, byAccelerator: (a: string) => items.find((i) => i.accelerator === a) };
}

const click = (item: MenuItemConstructorOptions | undefined) => item?.click?.({} as never, undefined, {} as never);

describe('application menu', () => {
  it('binds the usual accelerators to the app commands', () => {
    const { byAccelerator } = build('en', 'linux');
    expect(byAccelerator('CmdOrCtrl+N')?.label).toBe('New Event');
    expect(byAccelerator('CmdOrCtrl+K')?.label).toBe('Search');
    expect(byAccelerator('CmdOrCtrl+J')?.label).toBe('Follow-ups');
    expect(byAccelerator('CmdOrCtrl+Q')?.role).toBe('quit');
  });

  it('sends each command item to the page by name, and runs each file action in the main process', () => {
    const { items, sent, ran } = build('en', 'linux');
    for (const item of items) click(item);
    expect(sent).toEqual([...MENU_COMMANDS]);
    expect(ran).toEqual([...MAIN_ACTIONS]);
  });

  it('imports and exports in the main process, not in the page, in both languages', () => {
    for (const [lang, importLabel, exportLabel] of [['en', 'Import…', 'Export…'], ['fr', 'Importer…', 'Exporter…']] as const) {
      const { byLabel, sent, ran } = build(lang, 'linux');
      click(byLabel(importLabel));
      click(byLabel(exportLabel));
      expect(ran).toEqual(['import', 'export']);
      expect(sent).toEqual([]);
    }
  });

  it('opens the article capture from File, in both languages', () => {
    for (const [lang, label] of [['en', 'Paste an Article…'], ['fr', 'Coller un article…']] as const) {
      const { byLabel, sent } = build(lang, 'darwin');
      click(byLabel(label));
      expect(sent).toEqual(['paste-article']);
    }
    const file = menuTemplate({ lang: 'en', platform: 'linux', developer: false, send: () => {} })[0]!;
    expect(Array.isArray(file.submenu) && file.submenu.map((i) => i.label)).toContain('Paste an Article…');
  });

  it('leaves Ctrl+Shift+I to the developer tools', () => {
    const { items } = build('en', 'linux', true);
    expect(items.filter((i) => i.accelerator === 'CmdOrCtrl+Shift+I')).toEqual([]);
  });

  it('is labelled in French when the language is French', () => {
    const { items, byAccelerator } = build('fr', 'win32');
    expect(byAccelerator('CmdOrCtrl+N')?.label).toBe('Nouvel événement');
    expect(items.filter((i) => !i.type && !i.role?.endsWith('Menu') && i.role !== 'help').every((i) => typeof i.label === 'string')).toBe(true);
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide', 'Coller un article…', 'Importer…', 'Exporter…', 'Sauvegarder…']));
  });

  it('has Edit, View, Window and Help menus on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const top = menuTemplate({ lang: 'en', platform, developer: false, send: () => {} }).map((i) => i.label);
      expect(top).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
    }
  });

  it('offers developer tools only outside a packaged build', () => {
    expect(build('en', 'linux', false).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build('en', 'linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
