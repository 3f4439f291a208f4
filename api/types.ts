import type { Method, ParsedInput, Result } from '../core/contract.ts';
import type { Ctx } from '../db/context.ts';

export interface HandlerEnv {
  ctx: Ctx;
  file: string;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, env: HandlerEnv) => Result<M>;

/** A domain's share of the contract: each domain module exports one of these. */
export type HandlerMap<K extends Method> = { [M in K]: Handler<M> };
