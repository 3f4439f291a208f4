import { useEffect } from 'react';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { countryLabel, organisationLabel } from '../ui/labels.ts';
import { useLookup } from '../ui/useLookup.ts';
import { LookupComboBox } from '../ui/LookupComboBox.tsx';
import { messages } from './messages.ts';

/** A pickable side: `id` is what relations.bilateral takes (a country code or an organisation id). */
export interface SideOption {
  id: string;
  label: string;
}

/** Labels a side's key for display before any search has run: a code is a country, else an organisation. */
export async function sideOptionOf(key: string, lang: 'fr' | 'en'): Promise<SideOption> {
  if (/^[A-Z]{2}$/.test(key)) return { id: key, label: countryLabel(key, lang) };
  const orgs = await api.invoke('directory.organisations', { query: '', limit: 1000 });
  const o = orgs.find((x) => x.id === key);
  return { id: key, label: o ? organisationLabel(o, lang) : key };
}

/** One side of the relation: countries and organisations in one list, found by any of their names. */
export function SidePicker({ label, value, onChange }: { label: string; value: SideOption | null; onChange(side: SideOption | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { field, setText } = useLookup<SideOption>({
    value,
    labelOf: (side) => side.label,
    find: async (query) => {
      const [countries, orgs] = await Promise.all([
        api.invoke('directory.countries', { query, limit: 12 }),
        api.invoke('directory.organisations', { query, limit: 8 }),
      ]);
      return [
        ...countries.map((c) => ({ id: c.code, label: lang === 'fr' ? c.fr : c.en })),
        ...orgs.map((o) => ({ id: o.id, label: organisationLabel(o, lang) })),
      ];
    },
    onChange,
    deps: [lang],
    releaseOnEdit: false,
  });

  useEffect(() => setText(value?.label ?? ''), [value?.label, setText]);

  return (
    <LookupComboBox<SideOption>
      {...field}
      label={label}
      hint={m.sideHint}
      empty={m.noSides}
    >
      {(s) => s.label}
    </LookupComboBox>
  );
}
