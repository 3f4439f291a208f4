/**
 * Where the shell mounts the screens built in their own folders (event form, follow-ups),
 * adapting their props to the shell's navigation.
 */
import type { CapturedArticle } from '../capture/article.ts';
import { CaptureView } from '../capture/CaptureView.tsx';
import { EventForm } from '../event/EventForm.tsx';
import { FollowUpsPanel } from '../followups/FollowUpsPanel.tsx';
import { useNav } from './navigation.tsx';

export function EventFormScreen({ eventId }: { eventId?: string }) {
  const nav = useNav();
  return (
    <EventForm
      {...(eventId ? { eventId } : {})}
      onSaved={(event) => {
        nav.dataChanged();
        nav.navigate({ name: 'event', eventId: event.id });
      }}
      onCancel={() => nav.navigate(eventId ? { name: 'event', eventId } : { name: 'timeline' })}
      onDeleted={() => {
        nav.dataChanged();
        nav.navigate({ name: 'timeline' });
      }}
    />
  );
}

/** A pasted article's draft in the event form: saving or cancelling leaves it like a new event. */
export function CaptureScreen({ article }: { article: CapturedArticle }) {
  const nav = useNav();
  return (
    <CaptureView
      article={article}
      onSaved={(event) => {
        nav.dataChanged();
        nav.navigate({ name: 'event', eventId: event.id });
      }}
      onCancel={() => nav.navigate({ name: 'timeline' })}
    />
  );
}

export function FollowUpsScreen({ followUpId }: { followUpId?: string | undefined }) {
  const nav = useNav();
  return <FollowUpsPanel focusFollowUpId={followUpId} onOpenEvent={(id) => nav.navigate({ name: 'event', eventId: id })} />;
}
