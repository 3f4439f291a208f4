import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

const { answer, channelOf, isTrustedSender } = await import('../../electron/ipc.ts');

describe('isTrustedSender', () => {
  it('trusts the top frame of our own page', () => {
    expect(isTrustedSender({ url: 'app://chancery/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://chancery/', parent: null })).toBe(true);
  });

  it('refuses a subframe, another origin, a look-alike host and a vanished frame', () => {
    expect(isTrustedSender({ url: 'app://chancery/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://chancery/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://chancery.evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('answer', () => {
  it('passes the store’s envelope through unchanged', () => {
    const envelope = { ok: false as const, error: { code: 'not_found' as const, message: 'event x does not exist', issues: [{ field: 'id', problem: 'no event' }] } };
    expect(answer({ dispatch: () => envelope }, 'events.get', { id: 'x' })).toBe(envelope);
  });

  it('turns a store that throws into an internal error without its message or stack', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      dispatch(): never {
        throw new Error('SQLITE_CORRUPT at /home/user/secret/path.ts:12');
      },
    };
    const res = answer(broken, 'events.list', {});
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: 'events.list failed unexpectedly; see the application log', issues: [] } });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('channelOf', () => {
  it('gives each method its own channel', () => {
    expect(channelOf('events.create')).toBe('api:events.create');
  });
});
