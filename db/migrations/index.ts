import initial from './001_initial.ts';
import peopleAliases from './002_people_aliases.ts';

/**
 * Forward-only, in order: the list's position + 1 is the schema version kept in `user_version`.
 * Never edit a shipped migration; add the next file.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '001_initial', sql: initial },
  { name: '002_people_aliases', sql: peopleAliases },
];

export const LATEST_VERSION = MIGRATIONS.length;
