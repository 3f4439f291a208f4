import initial from './001_initial.ts';
import peopleAliases from './002_people_aliases.ts';
import followUpsEffectiveSpan from './003_followups_effective_span.ts';
import ftsMergeWhenIdle from './004_fts_merge_when_idle.ts';
import coveringReads from './005_covering_reads.ts';

/**
 * Forward-only, in order: the list's position + 1 is the schema version kept in `user_version`.
 * Never edit a shipped migration; add the next file.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '001_initial', sql: initial },
  { name: '002_people_aliases', sql: peopleAliases },
  { name: '003_followups_effective_span', sql: followUpsEffectiveSpan },
  { name: '004_fts_merge_when_idle', sql: ftsMergeWhenIdle },
  { name: '005_covering_reads', sql: coveringReads },
];

export const LATEST_VERSION = MIGRATIONS.length;
