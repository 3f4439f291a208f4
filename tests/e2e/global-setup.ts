import { build } from 'vite';

/** Every run tests the renderer as it is now, not a stale build. */
export default async function globalSetup(): Promise<void> {
  if (process.env.CHANCERY_E2E_SKIP_BUILD === '1') return;
  await build({ configFile: 'vite.renderer.config.mts', logLevel: 'warn' });
}
