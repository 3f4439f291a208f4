import { api } from '../../api.ts';
import { useLang, useMessages } from '../../i18n/lang.tsx';
import { countryLabel } from '../../ui/labels.ts';
import { errorUnder } from '../field-errors.ts';
import { messages } from '../messages.ts';
import { Chips } from './Chips.tsx';
import { DirectoryComboBox } from './DirectoryComboBox.tsx';
import { FormEnvContext } from './form-env.tsx';
import { useContext } from 'react';

/** The countries an event concerns, as ISO codes, picked by name in either language. */
export function CountriesField({ value, onChange }: { value: string[]; onChange(next: string[]): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { errors } = useContext(FormEnvContext);
  return (
    <div className="ef-multi">
      <DirectoryComboBox
        field="countries"
        label={m.countries}
        placeholder={m.searchToAdd}
        load={(query) => api.invoke('directory.countries', { query, limit: 12 })}
        toOption={(c) => ({ id: c.code, label: lang === 'fr' ? c.fr : c.en, detail: c.code })}
        onPick={(c) => onChange([...value, c.code])}
        exclude={new Set(value)}
        error={errorUnder(errors, 'countries')}
      />
      <Chips
        label={m.countries}
        chips={value.map((code) => ({ key: code, label: countryLabel(code, lang), title: code }))}
        removeLabel={m.remove}
        onRemove={(code) => onChange(value.filter((c) => c !== code))}
      />
    </div>
  );
}
