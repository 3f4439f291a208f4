export interface Chip {
  key: string;
  label: string;
  title?: string;
}

/** The values chosen so far, each removable from the keyboard; the list is named after its field. */
export function Chips({ label, chips, removeLabel, onRemove }: { label: string; chips: Chip[]; removeLabel(what: string): string; onRemove(key: string): void }) {
  if (chips.length === 0) return null;
  return (
    <ul className="ef-chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.key} className="ef-chip" title={chip.title}>
          <span>{chip.label}</span>
          <button type="button" className="ef-chip-remove" aria-label={removeLabel(chip.label)} onClick={() => onRemove(chip.key)}>
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
