import { useContext } from 'react';
import { api } from '../../api.ts';
import { useLang, useMessages } from '../../i18n/lang.tsx';
import { organisationAcronym, organisationLabel } from '../../ui/labels.ts';
import type { OrganisationChip } from '../draft.ts';
import { errorUnder } from '../field-errors.ts';
import { messages } from '../messages.ts';
import { Chips } from './Chips.tsx';
import { DirectoryComboBox } from './DirectoryComboBox.tsx';
import { FormEnvContext } from './form-env.tsx';

/** Organisations by acronym or name in either language (CEDEAO finds ECOWAS); a new one is created on save. */
export function OrganisationsField({ value, onChange }: { value: OrganisationChip[]; onChange(next: OrganisationChip[]): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { errors } = useContext(FormEnvContext);
  return (
    <div className="ef-multi">
      <DirectoryComboBox
        field="organisations"
        label={m.organisations}
        placeholder={m.searchToAdd}
        load={(query) => api.invoke('directory.organisations', { query, limit: 12 })}
        toOption={(o) => ({ id: o.id, label: organisationAcronym(o, lang), detail: lang === 'fr' ? o.nameFr : o.nameEn })}
        onPick={(org) => onChange([...value, { ref: org.id, org }])}
        createLabel={m.create}
        onCreate={(name) => onChange([...value, { ref: name }])}
        exclude={new Set(value.map((o) => o.ref))}
        error={errorUnder(errors, 'organisations')}
      />
      <Chips
        label={m.organisations}
        chips={value.map((o) => ({
          key: o.ref,
          label: o.org ? organisationAcronym(o.org, lang) : o.ref,
          ...(o.org ? { title: organisationLabel(o.org, lang) } : {}),
        }))}
        removeLabel={m.remove}
        onRemove={(ref) => onChange(value.filter((o) => o.ref !== ref))}
      />
    </div>
  );
}
