import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppContext } from '../api/context.ts';
import { checkKey, type IdempotencyStore } from './idempotency.ts';
import type { RateLimit } from './rate-limit.ts';

/**
 * Limits on mutations that hold across replicas: a rate per caller (their token's name, or their
 * address when anonymous — anonymous mutations are refused anyway, but only after the limit), and
 * the `Idempotency-Key` header. Queries and subscriptions pass untouched.
 */
export function mutationLimits(rateLimit: RateLimit, idempotency: IdempotencyStore): Plugin<AppContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const ctx = args.contextValue as AppContext & { request: Request };
      const caller = ctx.viewer ? `token:${ctx.viewer.name}` : `address:${ctx.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'direct'}`;
      try {
        await rateLimit.consume(caller);
        const header = ctx.request.headers.get('idempotency-key');
        if (header === null) return;
        const key = checkKey(header);
        const request = JSON.stringify([args.document.loc?.source.body ?? '', args.operationName ?? null, args.variableValues ?? {}]);
        const claim = await idempotency.claim(caller, key, request);
        if (!claim.first) {
          setResultAndStopExecution(claim.reply as ExecutionResult);
          return;
        }
        return {
          async onExecuteDone({ result }) {
            const single = result as ExecutionResult;
            // Only a reply without errors is kept: a failed request may be retried with the same key.
            if (single.errors?.length) await idempotency.release(caller, key).catch(() => {});
            else await idempotency.complete(caller, key, request, { data: single.data }).catch((error) => ctx.log.warn(`idempotency: reply not kept: ${(error as Error).message}`));
          },
        };
      } catch (error) {
        setResultAndStopExecution({ errors: [error as never] });
      }
      return;
    },
  };
}
