import { useContext } from 'react';
import type { ParticipantRole } from '../../../../core/taxonomy.ts';
import { PARTICIPANT_ROLE_IDS, roleLabel } from '../../../../core/taxonomy.ts';
import { api } from '../../api.ts';
import { useLang, useMessages } from '../../i18n/lang.tsx';
import { countryLabel } from '../../ui/labels.ts';
import type { PersonRow } from '../draft.ts';
import { emptyPerson, newKey } from '../draft.ts';
import { messages } from '../messages.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { DirectoryComboBox } from './DirectoryComboBox.tsx';
import { FieldMessage, FormEnvContext, useField } from './form-env.tsx';
import { TextField } from './TextField.tsx';

/**
 * Who took part: each person picked from the directory (so "Ismael Wague" is the same man
 * every time) or added new, with the title they held here, their country and their role.
 */
export function PeopleField({ value, onChange }: { value: PersonRow[]; onChange(next: PersonRow[]): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { errors } = useContext(FormEnvContext);
  const update = (key: string, patch: Partial<PersonRow>) => onChange(value.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <div className="ef-people">
      <DirectoryComboBox
        field="people"
        label={m.people}
        placeholder={m.searchToAdd}
        load={(query) => api.invoke('directory.people', { query, limit: 12 })}
        toOption={(p) => ({
          id: p.id,
          label: p.name,
          detail: [p.title, p.country ? countryLabel(p.country, lang) : null].filter(Boolean).join(' · '),
        })}
        onPick={(p) => onChange([...value, { key: newKey(), id: p.id, name: p.name, title: p.title ?? '', country: p.country ?? '', role: 'participant' }])}
        createLabel={m.addNewPerson}
        onCreate={(name) => onChange([...value, emptyPerson(name)])}
        exclude={new Set(value.flatMap((p) => (p.id ? [p.id] : [])))}
        error={errors.get('people')}
      />
      {value.length > 0 ? (
        <ol className="ef-people-list" aria-label={m.people}>
          {value.map((p, i) => (
            <PersonRowEditor key={p.key} index={i} person={p} onChange={(patch) => update(p.key, patch)} onRemove={() => onChange(value.filter((x) => x.key !== p.key))} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function PersonRowEditor({ index, person, onChange, onRemove }: { index: number; person: PersonRow; onChange(patch: Partial<PersonRow>): void; onRemove(): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const at = `people[${index}]`;
  const who = person.name || `${m.personName} ${index + 1}`;
  const roleField = useField(`${at}.role`);
  return (
    <li className="ef-person">
      {person.id ? (
        <p className="ef-person-name" data-field={`${at}.name`}>
          {person.name}
        </p>
      ) : (
        <TextField field={`${at}.name`} label={`${m.personName} (${index + 1})`} value={person.name} onChange={(name) => onChange({ name })} hideLabel className="ef-person-name" />
      )}
      <TextField field={`${at}.title`} label={`${m.personTitle} — ${who}`} value={person.title} onChange={(title) => onChange({ title })} hideLabel placeholder={m.personTitle} />
      <CountrySelect field={`${at}.country`} label={`${m.personCountry} — ${who}`} value={person.country} onChange={(country) => onChange({ country })} hideLabel />
      <div className="ef-field" data-field={`${at}.role`}>
        <label htmlFor={roleField.controlProps.id} className="ef-visually-hidden">
          {`${m.personRole} — ${who}`}
        </label>
        <select {...roleField.controlProps} value={person.role} onChange={(e) => onChange({ role: e.target.value as ParticipantRole })}>
          {PARTICIPANT_ROLE_IDS.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r, lang)}
            </option>
          ))}
        </select>
        <FieldMessage id={roleField.errorId}>{roleField.error}</FieldMessage>
      </div>
      <button type="button" className="ef-icon-button" aria-label={m.remove(who)} onClick={onRemove}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
