import { useEffect, useId, useState } from 'react';
import type { Settings, StoreInfo } from '../../../core/records.ts';
import { ApiError } from '../../../core/errors.ts';
import { api } from '../api.ts';
import { systemLang } from '../app/language.ts';
import { useSettings } from '../app/settings-context.tsx';
import { useLang } from '../i18n/lang.tsx';
import { messages } from './messages.ts';

/** Language, reminders and where the data lives; each change is saved as it is made. */
export function SettingsScreen() {
  const lang = useLang();
  const m = messages[lang];
  const ids = useId();
  const { settings, update } = useSettings();
  const [status, setStatus] = useState('');
  const [info, setInfo] = useState<StoreInfo | null>(null);
  const [time, setTime] = useState(settings?.reminderTime ?? '09:00');

  useEffect(() => {
    api.invoke('store.info').then(setInfo, () => setInfo(null));
  }, []);
  useEffect(() => {
    if (settings) setTime(settings.reminderTime);
  }, [settings]);

  const save = async (patch: Partial<Settings>) => {
    try {
      await update(patch);
      setStatus(messages[patch.language === 'fr' || patch.language === 'en' ? patch.language : lang].saved);
    } catch (error) {
      setStatus(m.saveFailed(error instanceof ApiError ? error.message : String(error)));
    }
  };
  const systemName = systemLang() === 'fr' ? m.french : m.english;

  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{m.title}</h1>
      <div className="settings-group">
        <h2>{m.language}</h2>
        <label htmlFor={`${ids}-lang`} className="sr-only">
          {m.language}
        </label>
        <select
          id={`${ids}-lang`}
          value={settings?.language ?? 'system'}
          onChange={(e) => void save({ language: e.target.value as Settings['language'] })}
          disabled={!settings}
        >
          <option value="system">{m.languageSystem(systemName)}</option>
          <option value="fr" lang="fr">Français</option>
          <option value="en" lang="en">English</option>
        </select>
      </div>
      <div className="settings-group">
        <h2>{m.appearance}</h2>
        <p className="muted">{m.appearanceNote}</p>
      </div>
      <div className="settings-group">
        <h2>{m.reminders}</h2>
        <div className="field">
          <label htmlFor={`${ids}-time`}>{m.reminderTime}</label>
          <input
            id={`${ids}-time`}
            type="time"
            value={time}
            aria-describedby={`${ids}-time-help`}
            onChange={(e) => setTime(e.target.value)}
            onBlur={() => settings && time && time !== settings.reminderTime && void save({ reminderTime: time })}
            disabled={!settings}
          />
          <p id={`${ids}-time-help`} className="help">
            {m.reminderTimeHelp}
          </p>
        </div>
        <label className="check">
          <input type="checkbox" checked={settings?.notifications ?? true} onChange={(e) => void save({ notifications: e.target.checked })} disabled={!settings} />
          <span>{m.notifications}</span>
        </label>
      </div>
      {info ? (
        <div className="settings-group">
          <h2>{m.data}</h2>
          <p>
            {m.file}: <code>{info.path}</code>
          </p>
          <p className="muted">{m.counts(info.events, info.followUps, info.people)}</p>
        </div>
      ) : null}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
