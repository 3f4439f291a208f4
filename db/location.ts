import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE_NAME = 'chancery.sqlite';
const APP_FOLDER = 'Chancery';

/**
 * The desktop app's own data folder, the one Electron's `app.getPath('userData')` gives for
 * productName "Chancery", so the CLI and the app share one store by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CHANCERY_DATA_DIR) return env.CHANCERY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
