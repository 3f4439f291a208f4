import { useContext } from 'react';
import { api } from '../../api.ts';
import { useLang, useMessages } from '../../i18n/lang.tsx';
import { countryLabel } from '../../ui/labels.ts';
import { messages } from '../messages.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { DirectoryComboBox } from './DirectoryComboBox.tsx';
import { FormEnvContext } from './form-env.tsx';

/** The place: a known one from the directory (with its country) or any name typed, created on save. */
export function PlaceField(props: { name: string; country: string; onChange(name: string, country: string): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { errors } = useContext(FormEnvContext);
  return (
    <div className="ef-row ef-place">
      <DirectoryComboBox
        field="place"
        label={m.place}
        value={props.name}
        onValueChange={(name) => props.onChange(name, props.country)}
        load={(query) => api.invoke('directory.places', { query, limit: 12 })}
        toOption={(p) => ({ id: p.id, label: p.name, ...(p.country ? { detail: countryLabel(p.country, lang) } : {}) })}
        onPick={(p) => props.onChange(p.name, p.country ?? props.country)}
        error={errors.get('place') ?? errors.get('place.name')}
      />
      <CountrySelect field="place.country" label={m.placeCountry} value={props.country} onChange={(c) => props.onChange(props.name, c)} />
    </div>
  );
}
