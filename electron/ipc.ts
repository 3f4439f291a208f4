/**
 * One `ipcMain.handle` channel per API method (`api:<method>`), so the main process never
 * forwards a name it does not know. Every message is checked to come from our own page's
 * top frame; answers are always the API's envelope, never an exception or a stack trace.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHODS, READ_ONLY_METHODS } from '../core/contract.ts';
import type { Method } from '../core/contract.ts';
import type { Envelope } from '../core/errors.ts';
import { isAppUrl } from './protocol.ts';

export const channelOf = (method: Method): string => `api:${method}`;

/** What `api/store.ts` offers the bridge: synchronous, never throws for bad input. */
export interface DispatchingStore {
  dispatch(method: string, input: unknown): Envelope<unknown>;
}

export type BridgeEnvelope = Envelope<unknown>;

/** The caller is not our page. */
const FORBIDDEN: Envelope<unknown> = {
  ok: false,
  error: { code: 'forbidden', message: 'this page may not call the Chancery API', issues: [] },
};

/** Only the top frame of a page served from `app://chancery` may call the API: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

export function answer(store: DispatchingStore, method: Method, input: unknown): Envelope<unknown> {
  try {
    return store.dispatch(method, input);
  } catch (err) {
    // dispatch is meant never to throw; if it does, the detail stays in the main process log.
    console.error(`chancery: ${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly; see the application log`, issues: [] } };
  }
}

/** Registers every method of the contract; `onWrite` runs after each successful write, e.g. to re-plan reminders. */
export function registerApiHandlers(ipc: IpcMain, store: DispatchingStore, onWrite: (method: Method) => void): void {
  for (const method of METHODS) {
    ipc.handle(channelOf(method), (event: IpcMainInvokeEvent, input: unknown): BridgeEnvelope => {
      if (!isTrustedSender(event.senderFrame)) return FORBIDDEN;
      const envelope = answer(store, method, input);
      if (envelope.ok && !READ_ONLY_METHODS.has(method)) {
        try {
          onWrite(method);
        } catch (err) {
          console.error(`chancery: after ${method}`, err);
        }
      }
      return envelope;
    });
  }
}
