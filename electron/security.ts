/**
 * Electron's security checklist for what a page may do: navigate, open windows, attach
 * webviews, ask for permissions, reach the network; and which links may leave for the system
 * browser. The window's own preferences are in window.ts.
 */
import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { isAppUrl } from './protocol.ts';

const MAX_EXTERNAL_URL = 2048;

/**
 * A link may leave for the system browser only as plain http(s) to a named host, without
 * credentials: `file:`, `javascript:`, custom schemes that launch other programs are refused.
 */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
}

function openOutside(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((err: unknown) => console.error('could not open link in the browser', err));
}

/** Every page, ours or not: no navigation away, no new windows, no webviews; safe links go to the system browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (!isAppUrl(url)) openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** The app is offline and asks for nothing: every permission is refused and no request leaves for the network. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => {
    callback({ cancel: true });
  });
}
