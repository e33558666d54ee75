import { z } from 'zod';
import { AppError, fromZod } from '../errors.ts';
import { LANGUAGES } from './detect-language.ts';

export interface IngestRequest {
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  lang?: (typeof LANGUAGES)[number] | undefined;
  published?: string | undefined;
}

const options = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).optional(),
  lang: z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` }).optional(),
  // A real calendar day: 2025-13-45 has the shape and would resolve 11月5日 against nothing.
  published: z.iso.date({ message: 'must be a date YYYY-MM-DD' }).optional(),
});

/** Decodes bytes as UTF-8, refusing invalid sequences and binary data rather than guessing. */
export function decodeText(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The text is ${bytes.byteLength} bytes; the limit is ${maxBytes} (INGEST_MAX_BYTES)`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fromZod(new z.ZodError([{ code: 'custom', path: ['text'], message: 'is not valid UTF-8 (binary or another encoding?)', input: undefined }]));
  }
  return text;
}

/** Validates an ingest request: text present, textual, within the size limit; options well-formed. */
export function parseIngestRequest(input: { text?: unknown } & Record<string, unknown>, maxBytes: number): IngestRequest {
  const text = typeof input.text === 'string' ? input.text : '';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `The text is ${bytes} bytes; the limit is ${maxBytes} (INGEST_MAX_BYTES)`);
  const issues: z.core.$ZodIssue[] = [];
  if (!text.trim()) issues.push({ code: 'custom', path: ['text'], message: 'is empty', input: undefined });
  // NUL and other C0 controls (except tab and newlines) mean binary data, not prose.
  else if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) issues.push({ code: 'custom', path: ['text'], message: 'looks binary (control characters)', input: undefined });
  const opts = options.safeParse(Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'text' && v != null)));
  if (!opts.success) issues.push(...opts.error.issues);
  if (issues.length) throw fromZod(new z.ZodError(issues), 'input');
  return { text, ...opts.data } as IngestRequest;
}
