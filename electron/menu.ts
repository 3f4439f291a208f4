/**
 * The native application menu, in French or English. Most of our items send a command name to
 * the page (`chancery:command`), which owns the screens; those that need native file dialogs or
 * the store itself are main-process actions.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

export type MenuLang = 'fr' | 'en';

/** Command names the renderer receives through `window.chancery.onCommand`. */
export const MENU_COMMANDS = ['new-event', 'search', 'follow-ups', 'paste-article'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Items the main process carries out itself: they need native file dialogs, files, or to close the store. */
export const MAIN_ACTIONS = ['import', 'export', 'backup', 'restore'] as const;
export type MainAction = (typeof MAIN_ACTIONS)[number];

const LABELS = {
  fr: {
    file: 'Fichier', newEvent: 'Nouvel événement', search: 'Rechercher', followUps: 'Suivis', pasteArticle: 'Coller un article…',
    import: 'Importer…', export: 'Exporter…', backup: 'Sauvegarder…', restore: 'Restaurer…', quit: 'Quitter Chancery', close: 'Fermer la fenêtre',
    edit: 'Édition', undo: 'Annuler', redo: 'Rétablir', cut: 'Couper', copy: 'Copier', paste: 'Coller', selectAll: 'Tout sélectionner',
    view: 'Affichage', reload: 'Recharger', devTools: 'Outils de développement', resetZoom: 'Taille réelle', zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière', fullScreen: 'Plein écran',
    window: 'Fenêtre', minimize: 'Réduire', zoom: 'Agrandir', front: 'Tout ramener au premier plan',
    help: 'Aide', about: 'À propos de Chancery',
  },
  en: {
    file: 'File', newEvent: 'New Event', search: 'Search', followUps: 'Follow-ups', pasteArticle: 'Paste an Article…',
    import: 'Import…', export: 'Export…', backup: 'Back Up…', restore: 'Restore…', quit: 'Quit Chancery', close: 'Close Window',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    view: 'View', reload: 'Reload', devTools: 'Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out', fullScreen: 'Full Screen',
    window: 'Window', minimize: 'Minimize', zoom: 'Zoom', front: 'Bring All to Front',
    help: 'Help', about: 'About Chancery',
  },
} as const;

export function menuTemplate(opts: {
  lang: MenuLang;
  platform: NodeJS.Platform;
  developer: boolean;
  send: (command: MenuCommand) => void;
  run?: (action: MainAction) => void;
}): MenuItemConstructorOptions[] {
  const t = LABELS[opts.lang];
  const mac = opts.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => opts.send(name),
  });
  const action = (label: string, name: MainAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => opts.run?.(name),
  });
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' };
  const about: MenuItemConstructorOptions = { role: 'about', label: t.about };
  return [
    ...(mac ? [{ label: 'Chancery', submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, quit] } satisfies MenuItemConstructorOptions] : []),
    {
      label: t.file,
      submenu: [
        command(t.newEvent, 'new-event', 'CmdOrCtrl+N'),
        command(t.search, 'search', 'CmdOrCtrl+K'),
        command(t.followUps, 'follow-ups', 'CmdOrCtrl+J'),
        command(t.pasteArticle, 'paste-article'),
        { type: 'separator' },
        // Not Ctrl+Shift+I: on Windows and Linux that opens Chromium's developer tools.
        action(t.import, 'import'),
        action(t.export, 'export', 'CmdOrCtrl+Shift+E'),
        action(t.backup, 'backup', 'CmdOrCtrl+Shift+B'),
        action(t.restore, 'restore'),
        { type: 'separator' },
        mac ? { role: 'close', label: t.close } : quit,
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...(opts.developer
          ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]
          : []),
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'zoom', label: t.zoom },
        ...(mac ? [{ type: 'separator' }, { role: 'front', label: t.front }] satisfies MenuItemConstructorOptions[] : [{ role: 'close', label: t.close }] satisfies MenuItemConstructorOptions[]),
      ],
    },
    { label: t.help, role: 'help', submenu: [about] },
  ];
}

export function installMenu(opts: Parameters<typeof menuTemplate>[0]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}
