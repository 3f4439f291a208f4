import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

const { MENU_COMMANDS, menuTemplate } = await import('../../electron/menu.ts');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(lang: 'fr' | 'en', platform: NodeJS.Platform, developer = false) {
  const sent: string[] = [];
  const items = flatten(menuTemplate({ lang, platform, developer, send: (c) => sent.push(c) }));
  return { items, sent, byAccelerator: (a: string) => items.find((i) => i.accelerator === a) };
}

describe('application menu', () => {
  it('binds the usual accelerators to the app commands', () => {
    const { byAccelerator } = build('en', 'linux');
    expect(byAccelerator('CmdOrCtrl+N')?.label).toBe('New Event');
    expect(byAccelerator('CmdOrCtrl+K')?.label).toBe('Search');
    expect(byAccelerator('CmdOrCtrl+J')?.label).toBe('Follow-ups');
    expect(byAccelerator('CmdOrCtrl+Q')?.role).toBe('quit');
  });

  it('sends each command item to the page by name', () => {
    const { items, sent } = build('en', 'linux');
    for (const item of items) item.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual([...MENU_COMMANDS]);
  });

  it('is labelled in French when the language is French', () => {
    const { items, byAccelerator } = build('fr', 'win32');
    expect(byAccelerator('CmdOrCtrl+N')?.label).toBe('Nouvel événement');
    expect(items.filter((i) => !i.type && !i.role?.endsWith('Menu') && i.role !== 'help').every((i) => typeof i.label === 'string')).toBe(true);
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide', 'Importer…', 'Exporter…', 'Sauvegarder…']));
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
