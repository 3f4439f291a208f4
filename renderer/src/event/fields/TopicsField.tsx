import { useContext } from 'react';
import { fold } from '../../../../core/text.ts';
import { api } from '../../api.ts';
import { useMessages } from '../../i18n/lang.tsx';
import { errorUnder } from '../field-errors.ts';
import { messages } from '../messages.ts';
import { Chips } from './Chips.tsx';
import { DirectoryComboBox } from './DirectoryComboBox.tsx';
import { FormEnvContext } from './form-env.tsx';

/** Free tags; an existing topic is reused whatever its accents, a new one is created on save. */
export function TopicsField({ value, onChange }: { value: string[]; onChange(next: string[]): void }) {
  const m = useMessages(messages);
  const { errors } = useContext(FormEnvContext);
  const add = (name: string) => {
    if (!value.some((t) => fold(t) === fold(name))) onChange([...value, name]);
  };
  return (
    <div className="ef-multi">
      <DirectoryComboBox
        field="topics"
        label={m.topics}
        placeholder={m.searchToAdd}
        load={(query) => api.invoke('directory.topics', { query, limit: 12 })}
        toOption={(t) => ({ id: t.name, label: t.name })}
        onPick={(t) => add(t.name)}
        createLabel={m.create}
        onCreate={add}
        exclude={new Set(value)}
        error={errorUnder(errors, 'topics')}
      />
      <Chips label={m.topics} chips={value.map((t) => ({ key: t, label: t }))} removeLabel={m.remove} onRemove={(t) => onChange(value.filter((x) => x !== t))} />
    </div>
  );
}
