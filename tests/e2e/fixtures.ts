import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { ApiClient } from '../../core/contract.ts';
import { previewClient } from '../../preview/client.ts';
import { startPreview } from '../../preview/server.ts';
import { AppShell } from './pages/app.ts';

/** A running preview over its own temp data folder, with a typed API client to set the scene. */
export interface PreviewHandle {
  readonly url: string;
  readonly dataDir: string;
  readonly api: ApiClient;
  /** Stops the server and starts a new one on the same data folder (a new token, a new port). */
  restart(): Promise<void>;
}

export const test = base.extend<{ preview: PreviewHandle; app: AppShell }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chancery-e2e-'));
    let server = await startPreview({ dataDir });
    const handle: PreviewHandle = {
      get url() {
        return server.url;
      },
      dataDir,
      api: previewClient(() => server),
      async restart() {
        await server.close();
        server = await startPreview({ dataDir });
      },
    };
    await use(handle);
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, preview }, use) => {
    await use(new AppShell(page, preview));
  },
});

export { expect };
