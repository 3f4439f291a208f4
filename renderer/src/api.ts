import { createClient } from '../../core/client.ts';
import type { Transport } from '../../core/contract.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload, or by the browser preview's bootstrap script. */
    chancery?: {
      invoke: Transport;
      onReminder?: (listener: (payload: unknown) => void) => () => void;
      onCommand?: (listener: (command: string) => void) => () => void;
    };
  }
}

/** The preview answers the same calls over HTTP, at the token-protected path the page was served from. */
function httpTransport(): Transport {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return async (method, input) => {
    const res = await fetch(`/api/${encodeURIComponent(method)}?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? null),
    });
    return res.json();
  };
}

/** Where the page is served, the first screen is drawn without a window (see server.tsx): nothing is asked there. */
const serverSide: Transport = async () => ({ ok: false, error: { code: 'store_unavailable', message: 'no API where the page is served', issues: [] } });

const transport: Transport = typeof window === 'undefined' ? serverSide : (window.chancery?.invoke ?? httpTransport());

/** The one client the whole UI talks through. */
export const api = createClient(transport);
