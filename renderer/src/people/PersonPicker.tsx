import type { Person } from '../../../core/records.ts';
import { api } from '../api.ts';
import { LookupComboBox } from '../ui/LookupComboBox.tsx';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { countryLabel } from '../ui/labels.ts';
import { useLookup } from '../ui/useLookup.ts';
import { messages } from './messages.ts';

/** Picks another person from the directory, found by any spelling, accents aside. */
export function PersonPicker({ excludeId, value, onChange }: { excludeId: string; value: Person | null; onChange(p: Person | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { field } = useLookup<Person>({
    value,
    labelOf: (p) => p.name,
    find: async (query) => (await api.invoke('directory.people', { query, limit: 20 })).filter((p) => p.id !== excludeId),
    onChange,
    deps: [excludeId],
  });

  return (
    <LookupComboBox<Person>
      {...field}
      label={m.mergeWith}
      hint={m.mergeHint}
      empty={m.noPeople}
    >
      {(p) => (
        <>
          <span>{p.name}</span>
          <span className="muted">{[p.title, p.country ? countryLabel(p.country, lang) : null].filter(Boolean).join(' · ')}</span>
        </>
      )}
    </LookupComboBox>
  );
}
