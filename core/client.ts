import type { ApiClient, Input, Method, Result, Transport } from './contract.ts';
import { ApiError } from './errors.ts';

/** Wraps a raw transport into the typed client: results come back typed, API errors are thrown as `ApiError`. */
export function createClient(transport: Transport): ApiClient {
  return {
    async invoke<M extends Method>(method: M, ...args: [Input<M>?]): Promise<Result<M>> {
      const envelope = await transport(method, args[0]);
      if (!envelope.ok) throw ApiError.fromData(envelope.error);
      return envelope.result as Result<M>;
    },
  } as ApiClient;
}
