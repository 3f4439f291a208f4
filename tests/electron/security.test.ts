import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

vi.mock('electron', () => import('./fake-electron.ts'));

const fake = await import('./fake-electron.ts');
const { hardenSession, hardenWebContents, isSafeExternalUrl } = await import('../../electron/security.ts');

describe('isSafeExternalUrl', () => {
  it('accepts plain http and https links to a named host', () => {
    expect(isSafeExternalUrl('https://www.diplomatie.gouv.fr/fr/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c#d')).toBe(true);
  });

  it('refuses schemes that read files, run script or launch other programs', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'data:text/html,x', 'app://chancery/index.html']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses links carrying credentials, malformed links, overlong links and non-strings', () => {
    expect(isSafeExternalUrl('https://user:pw@example.org/')).toBe(false);
    expect(isSafeExternalUrl('https://')).toBe(false);
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
    expect(isSafeExternalUrl(42)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  let contents: InstanceType<typeof fake.FakeWebContents>;
  beforeEach(() => {
    fake.shell.opened.length = 0;
    contents = new fake.FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
  });

  it('denies every navigation, even within the app', () => {
    expect(contents.navigate('will-navigate', 'app://chancery/other.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(false);
  });

  it('sends a clicked web link to the system browser instead of navigating', () => {
    contents.navigate('will-navigate', 'https://example.org/article');
    expect(fake.shell.opened).toEqual(['https://example.org/article']);
  });

  it('refuses to attach a webview', () => {
    expect(contents.navigate('will-attach-webview', 'https://example.org/')).toBe(false);
  });

  it('denies window.open, opening only safe links outside', () => {
    const open = contents.windowOpenHandler as (d: { url: string }) => { action: string };
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://chancery/index.html' })).toEqual({ action: 'deny' });
    expect(fake.shell.opened).toEqual(['https://example.org/']);
  });
});

describe('hardenSession', () => {
  it('refuses every permission request and check, and cancels every network request', () => {
    const s = fake.session.defaultSession;
    hardenSession(s as unknown as Session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      s.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted), {});
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(s.permissionCheckHandler?.({}, 'clipboard-read', 'app://chancery', {})).toBe(false);
    let cancelled: unknown;
    s.beforeRequest?.listener({ url: 'https://tracker.example/' }, (r: { cancel: boolean }) => { cancelled = r.cancel; });
    expect(cancelled).toBe(true);
    expect(s.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });
});
