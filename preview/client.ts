/** The preview's API over HTTP, as the page reaches it: for tests and the bench to set the scene. */
import { createClient } from '../core/client.ts';
import type { ApiClient } from '../core/contract.ts';
import type { Envelope } from '../core/errors.ts';
import type { Preview } from './server.ts';

/** `current` is read at each call, so a client outlives a restart of the server it talks to. */
export function previewClient(current: () => Preview): ApiClient {
  return createClient(async (method, input) => {
    const p = current();
    const res = await fetch(`http://127.0.0.1:${p.port}/api/${method}?token=${p.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? null),
    });
    return (await res.json()) as Envelope<unknown>;
  });
}
