import type { Method } from '../core/contract.ts';
import { dataHandlers } from './data.ts';
import { directoryHandlers } from './directory.ts';
import { eventHandlers } from './events.ts';
import { followUpHandlers } from './followups.ts';
import { formatHandlers } from './formats.ts';
import { personHandlers } from './people.ts';
import { relationHandlers } from './relations.ts';
import { remindersHandlers } from './reminders.ts';
import { storeHandlers } from './settings.ts';
import type { Handler, HandlerMap } from './types.ts';

const domains = [eventHandlers, followUpHandlers, remindersHandlers, directoryHandlers, dataHandlers, storeHandlers, formatHandlers, relationHandlers, personHandlers] as const;

/** Joins the domains' maps into the whole contract; a method claimed twice is a start-up error. */
function join(): HandlerMap<Method> {
  const all: Partial<Record<Method, Handler<never>>> = {};
  for (const domain of domains) {
    for (const [name, handler] of Object.entries(domain)) {
      if (name in all) throw new Error(`API method ${name} is registered twice`);
      all[name as Method] = handler as Handler<never>;
    }
  }
  return all as HandlerMap<Method>;
}

// The type below fails to compile when a method of the contract has no handler.
type Covered = (typeof domains)[number] extends infer D ? (D extends unknown ? keyof D : never) : never;
const everyMethodHandled: Exclude<Method, Covered> extends never ? true : Exclude<Method, Covered> = true;
void everyMethodHandled;

export const handlers = join();
