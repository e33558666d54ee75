import { z } from 'zod';
import type { AppContext } from '../api/context.ts';
import { fromZod, notFound } from '../errors.ts';
import { seriesInfo } from './catalogue.ts';
import { MEASURE_HOWS } from '../vocabulary.ts';
import { linkSeries, unlinkSeries, type MeasureRow } from './measure-store.ts';
import { seriesLoaders } from './series-loaders.ts';
import { listSeries, observationDetails, type SeriesRow } from './series-store.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-mm-dd').nullish();
const observationArgs = z.object({ from: isoDate, to: isoDate, first: z.number().int().min(1).max(5000).nullish() });
const linkInput = z.object({
  factor: z.string().min(1),
  series: z.string().min(1),
  how: z.enum(MEASURE_HOWS),
  rank: z.number().int().min(1).max(100).nullish(),
  note: z.string().trim().nullish(),
  rationale: z.string().trim().nullish(),
});
const unlinkInput = z.object({ factor: z.string().min(1), series: z.string().min(1), rationale: z.string().trim().nullish() });

function parse<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZod(parsed.error, prefix);
  return parsed.data;
}

/** `WRESBAL` → `FRED:WRESBAL`; other ids as given. */
const canonical = (id: string) => seriesInfo(id)?.id ?? id;
const editor = (ctx: AppContext) => (ctx.viewer as NonNullable<AppContext['viewer']>).name; // mutations are guarded

export const seriesResolvers = {
  Query: {
    async series(_: unknown, args: { id?: string | null }, ctx: AppContext) {
      if (args.id == null) return listSeries(ctx.graph);
      const found = await seriesLoaders(ctx).series.load(canonical(args.id));
      if (!found) throw notFound(`No series has id ${args.id}`, { id: args.id });
      return [found];
    },
  },
  Mutation: {
    async linkFactorSeries(_: unknown, args: { input: unknown }, ctx: AppContext) {
      const input = parse(linkInput, args.input, 'input');
      const { measure } = await linkSeries(ctx.graph, {
        factor: input.factor,
        series: canonical(input.series),
        how: input.how,
        rank: input.rank ?? 1,
        note: input.note ?? null,
        rationale: input.rationale ?? null,
        editor: editor(ctx),
      });
      return measure;
    },
    async unlinkFactorSeries(_: unknown, args: { input: unknown }, ctx: AppContext) {
      const input = parse(unlinkInput, args.input, 'input');
      return unlinkSeries(ctx.graph, { factor: input.factor, series: canonical(input.series), rationale: input.rationale ?? null, editor: editor(ctx) });
    },
  },
  Series: {
    async observations(s: SeriesRow, args: unknown, ctx: AppContext) {
      const a = parse(observationArgs, args, '');
      const rows = await observationDetails(ctx.graph, s.id, a.from ?? null, a.to ?? null, a.first ?? 5000);
      return rows.map((o) => ({ ...o, valueInUnit: o.value * s.scale }));
    },
    vintages: (s: SeriesRow, _: unknown, ctx: AppContext) => seriesLoaders(ctx).vintagesOfSeries.load(s.id),
    measures: (s: SeriesRow, _: unknown, ctx: AppContext) => seriesLoaders(ctx).measuresOfSeries.load(s.id),
  },
  FactorSeries: {
    factor: (m: MeasureRow, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(m.factorId),
    series: (m: MeasureRow, _: unknown, ctx: AppContext) => seriesLoaders(ctx).series.load(m.seriesId),
  },
  Factor: {
    series: (f: { id: string }, _: unknown, ctx: AppContext) => seriesLoaders(ctx).measuresOfFactor.load(f.id),
    seriesHistory: (f: { id: string }, _: unknown, ctx: AppContext) => seriesLoaders(ctx).historyOfFactor.load(f.id),
  },
};
