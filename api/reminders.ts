import { dueReminders } from '../db/followups.ts';
import type { HandlerMap } from './types.ts';

export const remindersHandlers: HandlerMap<'reminders.due'> = {
  'reminders.due': (input, { ctx }) => dueReminders(ctx, input.at, input.withinDays, input.limit),
};
