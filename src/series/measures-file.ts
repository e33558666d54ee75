import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { fromZod } from '../errors.ts';
import { ASSERTION_KINDS, MEASURE_HOWS, type MeasureHow } from '../vocabulary.ts';
import { seriesInfo } from './catalogue.ts';

/** Which `how` fits which kind of observation: a week average is never called a level. */
export const HOW_FITS: Record<string, readonly MeasureHow[]> = {
  WEDNESDAY_LEVEL: ['LEVEL'],
  WEEK_AVERAGE: ['WEEK_AVERAGE'],
  DAILY: ['DAILY_CLOSE', 'DAILY'],
  DAILY_FLOW: ['DAILY_FLOW'],
  END_OF_PERIOD: ['END_OF_PERIOD'],
};

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-mm-dd');
const seriesId = z.string().refine((s) => seriesInfo(s) !== undefined, 'not a series in the catalogue');

export const measuresFileSchema = z
  .object({
    factors: z
      .array(z.object({ id, name: z.string().min(1), namesZh: z.array(z.string().min(1)), aliases: z.array(z.string().min(1)).default([]), description: z.string().optional() }))
      .default([]),
    measures: z.array(z.object({ factor: id, series: seriesId, how: z.enum(MEASURE_HOWS), rank: z.number().int().min(1).default(1), note: z.string().optional() })),
    windows: z
      .array(z.object({ id, label: z.string().min(1), from: isoDate, to: isoDate, factors: z.array(id).optional(), match: z.array(z.string().min(1)).optional() }))
      .default([]),
    unmeasured: z.array(z.object({ factor: id, reason: z.string().min(1) })).default([]),
    readings: z
      .array(
        z.object({
          claim: id,
          factor: id.optional(),
          window: id.optional(),
          change: z.enum(['INCREASE', 'DECREASE']).optional(),
          period: z.enum(['DAY', 'WEEK', 'MONTH', 'WINDOW']).optional(),
          notCheckable: z.string().min(1).optional(),
          /** Assertions the claim makes that its words alone may not show a reader (FLOW_STOPPED, STOCK_AS_FLOW, NEAR_LINE, EXTREMUM_SINCE). */
          assertions: z.array(z.enum(ASSERTION_KINDS)).default([]),
          note: z.string().optional(),
        }),
      )
      .default([]),
  })
  .superRefine((file, ctx) => {
    file.measures.forEach((m, i) => {
      const kind = seriesInfo(m.series)?.observationKind;
      if (kind && !HOW_FITS[kind]?.includes(m.how)) {
        ctx.addIssue({ code: 'custom', path: ['measures', i, 'how'], message: `${m.series} holds ${kind} observations; "how" must be ${HOW_FITS[kind]?.join(' or ')}` });
      }
    });
    const windowIds = new Set(file.windows.map((w) => w.id));
    file.readings.forEach((r, i) => {
      if (r.window && !windowIds.has(r.window)) ctx.addIssue({ code: 'custom', path: ['readings', i, 'window'], message: `no window ${r.window}` });
    });
  });

export type MeasuresFile = z.infer<typeof measuresFileSchema>;

export async function readMeasuresFile(path: string): Promise<MeasuresFile> {
  const parsed = measuresFileSchema.safeParse(parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw fromZod(parsed.error, path.split('/').pop());
  return parsed.data;
}
