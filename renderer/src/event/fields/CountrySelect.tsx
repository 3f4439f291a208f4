import { useMemo } from 'react';
import { allCountries } from '../../../../core/countries.ts';
import type { Lang } from '../../../../core/taxonomy.ts';
import { useLang, useMessages } from '../../i18n/lang.tsx';
import { messages } from '../messages.ts';
import { FieldMessage, useField } from './form-env.tsx';

function sortedCountries(lang: Lang) {
  return [...allCountries()].sort((a, b) => a[lang].localeCompare(b[lang], lang));
}

/** One country from the ISO list; a native select, so typing a name's first letters jumps to it. */
export function CountrySelect({ field, label, value, onChange, hideLabel }: { field: string; label: string; value: string; onChange(code: string): void; hideLabel?: boolean }) {
  const m = useMessages(messages);
  const lang = useLang();
  const countries = useMemo(() => sortedCountries(lang), [lang]);
  const { error, errorId, controlProps } = useField(field);
  return (
    <div className="ef-field" data-field={field}>
      <label htmlFor={controlProps.id} className={hideLabel ? 'ef-visually-hidden' : undefined}>
        {label}
      </label>
      <select {...controlProps} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{m.noCountry}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c[lang]}
          </option>
        ))}
      </select>
      <FieldMessage id={errorId}>{error}</FieldMessage>
    </div>
  );
}
