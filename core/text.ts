/**
 * Folds text for accent- and case-insensitive matching, the same way FTS5's
 * `unicode61 remove_diacritics 2` sees it: "Ismaël Wagué" and "ismael wague" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops control characters a paste from the web may carry, keeping tabs and newlines. */
export function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
