import initial from './001_initial.ts';

/**
 * Forward-only, in order: the list's position + 1 is the schema version kept in `user_version`.
 * Never edit a shipped migration; add the next file.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [{ name: '001_initial', sql: initial }];

export const LATEST_VERSION = MIGRATIONS.length;
