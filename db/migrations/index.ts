import initial from './001_initial.ts';
import peopleAliases from './002_people_aliases.ts';
import followUpsEffectiveSpan from './004_followups_effective_span.ts';

/**
 * Forward-only, in order: the list's position + 1 is the schema version kept in `user_version`.
 * Never edit a shipped migration; add the next file.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '001_initial', sql: initial },
  { name: '002_people_aliases', sql: peopleAliases },
  // 003 is another branch's; numbered apart so the two merge without renumbering a shipped file.
  { name: '004_followups_effective_span', sql: followUpsEffectiveSpan },
];

export const LATEST_VERSION = MIGRATIONS.length;
