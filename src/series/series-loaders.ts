import DataLoader from 'dataloader';
import type { AppContext } from '../api/context.ts';
import { measureChangesByFactors, measuresByFactors, measuresBySeries } from './measure-store.ts';
import { seriesByIds, vintagesBySeries } from './series-store.ts';

function create(ctx: AppContext) {
  const load = <V>(batch: (keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>((keys) => batch(keys), { maxBatchSize: 1000 });
  return {
    series: load((ids) => seriesByIds(ctx.graph, ids)),
    measuresOfFactor: load((ids) => measuresByFactors(ctx.graph, ids)),
    measuresOfSeries: load((ids) => measuresBySeries(ctx.graph, ids)),
    historyOfFactor: load((ids) => measureChangesByFactors(ctx.graph, ids)),
    vintagesOfSeries: load((ids) => vintagesBySeries(ctx.graph, ids)),
  };
}

const perRequest = new WeakMap<AppContext, ReturnType<typeof create>>();

/** This feature's per-request DataLoaders (one batched query per resolver level), kept beside the request's context. */
export function seriesLoaders(ctx: AppContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
