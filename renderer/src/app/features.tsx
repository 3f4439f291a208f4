/**
 * Where the shell mounts the screens built in their own folders (event form, follow-ups),
 * adapting their props to the shell's navigation.
 */
import { useNav } from './navigation.tsx';

export function EventFormScreen({ eventId }: { eventId?: string }) {
  const nav = useNav();
  // PLACEHOLDER until renderer/src/event/EventForm.tsx lands.
  return (
    <section className="screen">
      <h1>{eventId ? 'Edit event' : 'New event'}</h1>
      <p>The event form is not built yet.</p>
      <button type="button" onClick={() => nav.navigate({ name: 'timeline' })}>Back</button>
    </section>
  );
}

export function FollowUpsScreen({ followUpId }: { followUpId?: string | undefined }) {
  // PLACEHOLDER until renderer/src/followups/FollowUpsPanel.tsx lands.
  return (
    <section className="screen">
      <h1>Follow-ups</h1>
      <p>The follow-ups panel is not built yet{followUpId ? ` (${followUpId})` : ''}.</p>
    </section>
  );
}
