/**
 * The whole surface the page sees: `window.chancery` with a call into the API contract and two
 * subscriptions. No Node, no Electron object, no raw `ipcRenderer` crosses the bridge.
 * Built as CommonJS into one file: a sandboxed preload may not load other files.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';

/** Replaced at build time by the contract's method names (vite.electron.config.mts), so zod stays out of the preload. */
declare const __CHANCERY_METHODS__: readonly string[];

const methods = new Set<string>(__CHANCERY_METHODS__);

function unknownMethod(method: unknown) {
  const name = typeof method === 'string' ? method.slice(0, 80) : typeof method;
  return {
    ok: false as const,
    error: { code: 'unknown_method', message: `${name} is not a method of the Chancery API`, issues: [{ field: 'method', problem: 'is not a method of the API' }] },
  };
}

function subscribe<T>(channel: string, accept: (payload: unknown) => payload is T, listener: unknown): () => void {
  if (typeof listener !== 'function') throw new TypeError('listener: must be a function');
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    if (accept(payload)) (listener as (payload: T) => void)(payload);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

contextBridge.exposeInMainWorld('chancery', {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !methods.has(method)) return Promise.resolve(unknownMethod(method));
    return ipcRenderer.invoke(`api:${method}`, input);
  },
  onReminder(listener: unknown): () => void {
    return subscribe('chancery:reminder', isObject, listener);
  },
  onCommand(listener: unknown): () => void {
    return subscribe('chancery:command', isString, listener);
  },
});
