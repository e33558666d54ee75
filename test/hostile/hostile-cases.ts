import { connect } from 'node:net';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { rawRequest, type RawReply } from '../support/http-server.ts';

export interface HostileCase {
  category: string;
  name: string;
  send(): Promise<RawReply>;
  expect: {
    status: number | number[];
    /** When given, the reply must carry errors and every code must be one of these. */
    code?: string | string[];
    /** When given, any error codes must be among these (errors are optional). */
    allowed?: string[];
    maxBody?: number;
  };
}

interface Ctx {
  url(): string;
  editor(): string;
  reader(): string;
}

const BAD = ['BAD_USER_INPUT'];
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

async function reply(r: Response): Promise<RawReply> {
  const body = await r.text();
  return { status: r.status, headers: [...r.headers].map(([k, v]) => `${k}: ${v}`).join('\r\n'), body, dropped: false };
}

function post(ctx: Ctx, body: string | Uint8Array, headers: Record<string, string> = JSON_HEADERS): () => Promise<RawReply> {
  return async () => reply(await fetch(`${ctx.url()}/graphql`, { method: 'POST', headers, body: body as BodyInit }));
}

function gql(ctx: Ctx, query: string, variables: Record<string, unknown> = {}, token?: string): () => Promise<RawReply> {
  const headers: Record<string, string> = { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return post(ctx, JSON.stringify({ query, variables }), headers);
}

function get(ctx: Ctx, path: string, headers: Record<string, string> = {}): () => Promise<RawReply> {
  return async () => reply(await fetch(`${ctx.url()}${path}`, { headers }));
}

function raw(ctx: Ctx, bytes: string | Buffer, halfClose = false): () => Promise<RawReply> {
  return () => rawRequest(ctx.url(), bytes, { halfClose });
}

// ---------------------------------------------------------------- generated from the schema

/** Strings that must never break a query: injection attempts, control and odd Unicode, edge lengths. */
const ODD_STRINGS: [string, string][] = [
  ['a Cypher injection', `"}) MATCH (n) DETACH DELETE n //`],
  ['a quote-escape injection', `' OR 1=1 //`],
  ['a Lucene query-syntax bomb', 'a* AND (b~ OR "c" ) ^ [x TO y] \\'],
  ['a NUL character', 'a\u0000b'],
  ['a right-to-left override', '\u202Eevil'],
  ['emoji with modifiers', '🙂👍🏽🇹🇼'],
  ['combining characters', 'e\u0301\u0302\u0303'],
  ['an empty string', ''],
  ['only spaces', '   '],
  ['HTML', '<script>alert(1)</script>'],
  ['a path traversal', '../../../../etc/passwd'],
  ['full-width digits', '９８００億'],
];

const typeName = (t: GraphQLInputType | GraphQLNamedType): string => String(t).replace(/[[\]!]/g, '');
const isNonNull = (t: GraphQLInputType) => String(t).endsWith('!');
const ofType = (t: GraphQLInputType) => (t as unknown as { ofType: GraphQLInputType }).ofType;

/** A value GraphQL accepts for a type (required fields only), so the hostile part is the only wrong thing. */
function placeholder(schema: GraphQLSchema, t: GraphQLInputType, depth = 0): unknown {
  if (isNonNull(t)) return placeholder(schema, ofType(t), depth);
  if (String(t).startsWith('[')) return [placeholder(schema, ofType(t), depth)];
  const named = schema.getType(typeName(t)) as GraphQLNamedType & { getValues?: () => { name: string }[]; getFields?: () => Record<string, { type: GraphQLInputType }> };
  if (named.getValues) return named.getValues()[0]?.name;
  if (named.getFields) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const [name, f] of Object.entries(named.getFields())) if (isNonNull(f.type)) out[name] = placeholder(schema, f.type, depth + 1);
    return out;
  }
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    default:
      return 'x';
  }
}

/** Every string-typed position in an argument: `[]` for the argument itself, else the input field path. */
function stringPaths(schema: GraphQLSchema, t: GraphQLInputType, depth = 0, seen = new Set<string>()): { path: string[]; list: boolean; document: boolean }[] {
  const name = typeName(t);
  const list = String(t).replace(/!$/, '').startsWith('[');
  const named = schema.getType(name) as GraphQLNamedType & { getFields?: () => Record<string, { type: GraphQLInputType; astNode?: { directives?: readonly { name: { value: string } }[] } }> };
  if (named.getFields) {
    if (depth > 3 || seen.has(name)) return [];
    const out: { path: string[]; list: boolean; document: boolean }[] = [];
    for (const [field, f] of Object.entries(named.getFields())) {
      for (const p of stringPaths(schema, f.type, depth + 1, new Set([...seen, name]))) {
        const document = p.path.length === 0 && Boolean(f.astNode?.directives?.some((d: { name: { value: string } }) => d.name.value === 'bounded')) && /text/i.test(field);
        out.push({ path: [field, ...p.path], list: p.list, document: p.document || document });
      }
    }
    return out;
  }
  return name === 'String' || name === 'ID' ? [{ path: [], list, document: false }] : [];
}

function setAt(value: unknown, path: string[], v: unknown, list: boolean): unknown {
  if (path.length === 0) return list ? [v] : v;
  const obj = (value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {}) as Record<string, unknown>;
  obj[path[0] as string] = setAt(obj[path[0] as string], path.slice(1), v, list);
  return obj;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = typeName(field.type as unknown as GraphQLInputType);
  return ['String', 'ID', 'Int', 'Float', 'Boolean'].includes(named) ? '' : '{ __typename }';
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const decls = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${decls ? `(${decls})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field)} }`;
}

function schemaCases(schema: GraphQLSchema, ctx: Ctx): HostileCase[] {
  const out: HostileCase[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const base = Object.fromEntries(field.args.map((a) => [a.name, placeholder(schema, a.type)]));
      const query = operation(kind, field);
      for (const arg of field.args) {
        for (const { path, list, document } of stringPaths(schema, arg.type)) {
          const where = [arg.name, ...path].join('.');
          const withValue = (v: unknown) => ({ ...base, [arg.name]: setAt(base[arg.name], path, v, list) });
          const token = kind === 'mutation' ? ctx.editor() : undefined;
          if (!document) {
            out.push({
              category: 'strings',
              name: `${field.name}(${where}): a 200,001-character string is refused`,
              send: () => gql(ctx, query, withValue('x'.repeat(200_001)), kind === 'mutation' ? ctx.editor() : undefined)(),
              expect: { status: [200, 400], code: BAD },
            });
          }
          out.push({
            category: 'strings',
            name: `${field.name}(${where}): a lone surrogate is refused`,
            send: () => gql(ctx, query, withValue('ab\uD800cd'), kind === 'mutation' ? ctx.editor() : undefined)(),
            expect: { status: [200, 400], code: BAD },
          });
          if (kind === 'query') {
            for (const [label, s] of ODD_STRINGS) {
              out.push({
                category: 'strings',
                name: `${field.name}(${where}): ${label}`,
                send: () => gql(ctx, query, withValue(s), token)(),
                expect: { status: [200, 400], allowed: ['BAD_USER_INPUT', 'NOT_FOUND'] },
              });
            }
          }
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- hand-written categories

function jsonCases(ctx: Ctx): HostileCase[] {
  const bodies: [string, string | Uint8Array][] = [
    ['an unterminated object', '{"query": "{ about { version } }"'],
    ['trailing garbage', '{"query":"{ x" garbage'],
    ['a bare number', '42'],
    ['null', 'null'],
    ['true', 'true'],
    ['a string', '"{ about { version } }"'],
    ['an empty body', ''],
    ['whitespace only', '   \n\t '],
    ['an empty object', '{}'],
    ['query as a number', '{"query": 5}'],
    ['query as an object', '{"query": {"a": 1}}'],
    ['query as null', '{"query": null}'],
    ['query empty', '{"query": ""}'],
    ['variables as a string', '{"query":"{ about { version } }","variables":"{}"}'],
    ['variables as an array', '{"query":"{ about { version } }","variables":[1,2]}'],
    ['extensions as a number', '{"query":"{ about { version } }","extensions":3}'],
    ['operationName as an object', '{"query":"{ about { version } }","operationName":{}}'],
    ['a long operationName', JSON.stringify({ query: '{ about { version } }', operationName: 'x'.repeat(1000) })],
    ['an unknown operationName', JSON.stringify({ query: 'query A { about { version } }', operationName: 'B' })],
    ['single quotes', "{'query': '{ about { version } }'}"],
    ['a trailing comma', '{"query":"{ about { version } }",}'],
    ['comments', '{"query":"{ about { version } }" /* hi */}'],
    ['NaN', '{"query":"{ about { version } }","variables":{"a":NaN}}'],
    ['a UTF-8 BOM', '\uFEFF{"query":"{ about { version } }"}'],
    ['invalid UTF-8 (lone continuation byte)', new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0x80, 0x22, 0x7d])],
    ['invalid UTF-8 (overlong encoding)', new Uint8Array([...Buffer.from('{"query":"'), 0xc0, 0xaf, ...Buffer.from('"}')])],
    ['invalid UTF-8 (truncated sequence)', new Uint8Array([...Buffer.from('{"query":"'), 0xe4, 0xb8, ...Buffer.from('"}')])],
    ['invalid UTF-8 (surrogate encoded)', new Uint8Array([...Buffer.from('{"query":"'), 0xed, 0xa0, 0x80, ...Buffer.from('"}')])],
    ['variables nested 10,000 deep', `{"query":"{ about { version } }","variables":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`],
    ['extensions nested 100 deep', `{"query":"{ about { version } }","extensions":{"a":${'{"b":'.repeat(100)}1${'}'.repeat(100)}}}`],
    ['1,000 variables', JSON.stringify({ query: '{ about { version } }', variables: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`v${i}`, i])) })],
    ['a batch of two operations', JSON.stringify([{ query: '{ about { version } }' }, { query: '{ about { version } }' }])],
    ['a batch of 1,000 operations', JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ about { version } }' })))],
    ['an empty batch', '[]'],
    ['a huge number', '{"query":"query($n:Int){ claims(first:$n){ totalCount } }","variables":{"n":1e400}}'],
    ['a duplicate key', '{"query":"{ about { version } }","query":"{ nope }"}'],
  ];
  return bodies.map(([name, body]) => ({
    category: 'json',
    name,
    send: post(ctx, body),
    expect: name === 'a UTF-8 BOM' ? { status: [200, 400], allowed: BAD } : { status: [200, 400], code: BAD },
  }));
}

function sizeCases(ctx: Ctx): HostileCase[] {
  const big = (n: number) => JSON.stringify({ query: '{ about { version } }', variables: { pad: 'x'.repeat(n) } });
  return [
    { category: 'size', name: 'a 12 MB body with Content-Length', send: post(ctx, big(12 * 1024 * 1024)), expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' } },
    {
      category: 'size',
      name: 'a 12 MB body, chunked without Content-Length',
      send: async () => {
        const body = big(12 * 1024 * 1024);
        const stream = new ReadableStream({
          start(c) {
            for (let i = 0; i < body.length; i += 1 << 20) c.enqueue(new TextEncoder().encode(body.slice(i, i + (1 << 20))));
            c.close();
          },
        });
        return reply(await fetch(`${ctx.url()}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: stream, duplex: 'half' } as RequestInit));
      },
      expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
    },
    { category: 'size', name: 'a Content-Length that is not a number', send: raw(ctx, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}'), expect: { status: 400 } },
    { category: 'size', name: 'two different Content-Lengths (smuggling)', send: raw(ctx, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 30\r\nConnection: close\r\n\r\n{}'), expect: { status: 400 } },
    { category: 'size', name: 'Content-Length with Transfer-Encoding (smuggling)', send: raw(ctx, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n'), expect: { status: 400 } },
    { category: 'size', name: 'a query document of 200,000 characters', send: post(ctx, JSON.stringify({ query: `{ about { version } }${' '.repeat(200_000)}` })), expect: { status: [200, 400], code: BAD } },
    { category: 'size', name: 'a 1 MB GET query string', send: get(ctx, `/graphql?query=${'%20'.repeat(400_000)}`), expect: { status: [400, 414, 431] } },
    { category: 'size', name: 'a header of 100 KB', send: get(ctx, '/graphql?query=%7Babout%7Bversion%7D%7D', { 'x-pad': 'x'.repeat(100_000) }), expect: { status: 431 } },
    { category: 'size', name: 'a body shorter than its Content-Length', send: raw(ctx, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{"query":"{ about { version } }"}', true), expect: { status: [0, 400] } },
    { category: 'size', name: 'a search string of 501 characters', send: gql(ctx, 'query($s:String){ factors(search:$s) { id } }', { s: 'x'.repeat(501) }), expect: { status: [200, 400], code: BAD } },
    { category: 'size', name: 'a list argument of 5,000 statuses', send: gql(ctx, 'query($s:[ReviewStatus!]){ claims(filter:{status:$s}) { totalCount } }', { s: Array(5000).fill('VERIFIED') }), expect: { status: [200, 400], code: BAD } },
    { category: 'size', name: 'first: 1,000,000', send: gql(ctx, '{ claims(first: 1000000) { totalCount } }'), expect: { status: [200, 400], code: BAD } },
  ];
}

function contentTypeCases(ctx: Ctx): HostileCase[] {
  const body = '{"query":"{ about { version } }"}';
  const ok: [string, string][] = [
    ['APPLICATION/JSON', 'APPLICATION/JSON'],
    ['Application/Json; Charset=UTF-8', 'Application/Json; Charset=UTF-8'],
    ['application/json with spaces', ' application/json ; charset=utf-8'],
    ['application/graphql+json', 'application/graphql+json'],
    ['a list of types, JSON first', 'application/json, text/html'],
  ];
  const refused: [string, string][] = [
    ['text/plain', 'text/plain'],
    ['text/html', 'text/html'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['application/xml', 'application/xml'],
    ['garbage', ';;;'],
    ['an empty type', ''],
    ['application/jsonx', 'application/jsonx'],
    ['image/png', 'image/png'],
    ['a very long type', `application/${'x'.repeat(5000)}`],
  ];
  const headers = (t: string) => ({ 'content-type': t, accept: 'application/json' });
  return [
    ...ok.map(([name, t]) => ({ category: 'content-type', name: `${name} is accepted`, send: post(ctx, body, headers(t)), expect: { status: 200 } })),
    ...refused.map(([name, t]) => ({ category: 'content-type', name: `${name} is refused`, send: post(ctx, body, headers(t)), expect: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' } })),
    { category: 'content-type', name: 'no Content-Type at all is refused', send: async () => reply(await fetch(`${ctx.url()}/graphql`, { method: 'POST', body: new Uint8Array(Buffer.from(body)) })), expect: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' } },
    { category: 'content-type', name: 'application/graphql carries a bare query', send: post(ctx, '{ about { version } }', headers('application/graphql')), expect: { status: 200 } },
    { category: 'content-type', name: 'an Accept nobody serves', send: post(ctx, body, { 'content-type': 'application/json', accept: 'image/png' }), expect: { status: [200, 406] } },
    { category: 'content-type', name: 'PUT is refused', send: async () => reply(await fetch(`${ctx.url()}/graphql`, { method: 'PUT', headers: JSON_HEADERS, body })), expect: { status: [405, 415] } },
    { category: 'content-type', name: 'DELETE is refused', send: async () => reply(await fetch(`${ctx.url()}/graphql`, { method: 'DELETE' })), expect: { status: [405, 415] } },
  ];
}

function syntaxCases(ctx: Ctx): HostileCase[] {
  const queries: [string, string][] = [
    ['an unterminated selection', '{ about { version }'],
    ['an unterminated string', '{ factors(search: "abc) { id } }'],
    ['an invalid character', '{ about { version } } ¿'],
    ['only a comment', '# nothing here'],
    ['an unknown field', '{ nope }'],
    ['an unknown argument', '{ about(x: 1) { version } }'],
    ['a wrong literal type', '{ claims(first: "ten") { totalCount } }'],
    ['a float for an Int', '{ claims(first: 1.5) { totalCount } }'],
    ['a negative first', '{ claims(first: -1) { totalCount } }'],
    ['a missing required argument', '{ claim { id } }'],
    ['a null for a required argument', '{ claim(id: null) { id } }'],
    ['a selection on a scalar', '{ about { version { x } } }'],
    ['no selection on an object', '{ about }'],
    ['an undefined variable', '{ claims(first: $n) { totalCount } }'],
    ['an unused variable of unknown type', 'query($x: Nope) { about { version } }'],
    ['a fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['an unknown fragment', '{ ...Nope }'],
    ['a fragment on a wrong type', '{ about { ...F } } fragment F on Claim { id }'],
    ['two anonymous operations', '{ about { version } } { about { version } }'],
    ['duplicate operation names', 'query A { about { version } } query A { about { version } }'],
    ['an unknown directive', '{ about @nope { version } }'],
    ['@include without if', '{ about @include { version } }'],
    ['a subscription over plain POST', 'subscription { reviewEvents { itemId } }'],
    ['a type-system definition', 'type X { a: Int }'],
    ['schema extension', 'extend type Query { x: Int }'],
    ['a number token', '42'],
    ['unbalanced parentheses', '{ claims(first: 1 { totalCount } }'],
    ['an escaped NUL in a string literal', '{ factors(search: "\\u0000") { id } }'],
    ['a lone surrogate escape in a literal', '{ factors(search: "\\ud800") { id } }'],
    ['a block string of 50,000 characters', `{ factors(search: """${'x'.repeat(50_000)}""") { id } }`],
  ];
  const errorFree = new Set(['an escaped NUL in a string literal']);
  return queries.map(([name, query]) => ({
    category: 'syntax',
    name,
    send: post(ctx, JSON.stringify({ query })),
    expect: errorFree.has(name) ? { status: [200, 400], allowed: BAD } : { status: [200, 400], code: BAD },
  }));
}

function bombCases(ctx: Ctx): HostileCase[] {
  let deep = 'id';
  for (let i = 0; i < 40; i++) deep = `outgoing { to { ${deep} } }`;
  const fragmentChain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Factor { outgoing { to { ...F${i + 1} } } }`).join(' ') + ' fragment F30 on Factor { id }';
  const q = (query: string) => post(ctx, JSON.stringify({ query }));
  return [
    { category: 'bombs', name: 'a query 80 levels deep', send: q(`{ factor(id: "TGA") { ${deep} } }`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'depth hidden in 30 chained fragments', send: q(`{ factor(id: "TGA") { ...F0 } } ${fragmentChain}`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: '1,000 aliases', send: q(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: about { version }`).join(' ')} }`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: '100 aliased listings of 200 claims', send: q(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: claims(first: 200) { edges { node { id quote } } }`).join(' ')} }`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'a directive repeated 1,000 times', send: q(`{ about ${'@include(if: true) '.repeat(1000)} { version } }`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: '10,000 tokens', send: q(`{ about { ${'version '.repeat(5000)} } }`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'the same field 5,000 times', send: q(`{ ${'about { version } '.repeat(5000)} }`), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'a fragment spread 1,000 times', send: q(`{ about { ${'...V '.repeat(1000)} } } fragment V on About { version }`), expect: { status: [200, 400], allowed: BAD } },
    { category: 'bombs', name: 'nested listings that multiply (cost)', send: q('{ claims(first: 200) { edges { node { factors { claims(first: 200) { edges { node { factors { claims(first: 200) { totalCount } } } } } } } } } }'), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'a trace with maxHops 1000', send: q('{ trace(from: "TGA", to: "bank reserves", maxHops: 1000) { length } }'), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'trace first: 100000', send: q('{ trace(from: "TGA", to: "bank reserves", first: 100000) { length } }'), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'upstream with maxHops 99', send: q('{ upstream(factor: "TGA", maxHops: 99) { factors { id } } }'), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: '200 variables in one operation', send: post(ctx, JSON.stringify({ query: `query(${Array.from({ length: 200 }, (_, i) => `$v${i}: Int`).join(', ')}) { about { version } }` })), expect: { status: [200, 400], code: BAD } },
    { category: 'bombs', name: 'a wide nested input object', send: gql(ctx, 'query($f: ClaimFilter) { claims(filter: $f) { totalCount } }', { f: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, i])) }), expect: { status: [200, 400], code: BAD } },
  ];
}

function introspectionCases(ctx: Ctx): HostileCase[] {
  // The classic introspection bomb: fields → type → fields … walks the schema's cycles.
  let deep = 'name';
  for (let i = 0; i < 10; i++) deep = `fields { type { ${deep} } }`;
  const q = (query: string) => post(ctx, JSON.stringify({ query }));
  return [
    { category: 'introspection', name: 'a type-name query answers', send: q('{ __typename }'), expect: { status: 200 } },
    { category: 'introspection', name: 'a 10-deep fields→type cycle is refused', send: q(`{ __schema { types { ${deep} } } }`), expect: { status: [200, 400], code: BAD } },
    { category: 'introspection', name: 'introspection of an unknown type is null', send: q('{ __type(name: "Nope") { name } }'), expect: { status: 200 } },
    { category: 'introspection', name: '__type with a huge name', send: gql(ctx, 'query($n: String!) { __type(name: $n) { name } }', { n: 'x'.repeat(200_001) }), expect: { status: [200, 400], allowed: BAD, maxBody: 2_000 } },
    { category: 'introspection', name: 'a field suggestion does not list the schema', send: q('{ claimz { id } }'), expect: { status: [200, 400], code: BAD, maxBody: 2_000 } },
  ];
}

function enumIdCases(ctx: Ctx): HostileCase[] {
  const v = (query: string, variables: Record<string, unknown>, code: string | string[] = BAD) => ({ query, variables, code });
  const list: [string, ReturnType<typeof v>][] = [
    ['a wrong enum in a variable', v('query($s:[ReviewStatus!]){ claims(filter:{status:$s}) { totalCount } }', { s: ['NOPE'] })],
    ['a lower-case enum', v('query($s:[ReviewStatus!]){ claims(filter:{status:$s}) { totalCount } }', { s: ['verified'] })],
    ['an enum as a number', v('query($s:[ReviewStatus!]){ claims(filter:{status:$s}) { totalCount } }', { s: [1] })],
    ['a string for an Int variable', v('query($n:Int){ claims(first:$n) { totalCount } }', { n: 'abc' })],
    ['a float for an Int variable', v('query($n:Int){ claims(first:$n) { totalCount } }', { n: 1.5 })],
    ['an Int beyond 32 bits', v('query($n:Int){ claims(first:$n) { totalCount } }', { n: 2 ** 40 })],
    ['an object for an Int', v('query($n:Int){ claims(first:$n) { totalCount } }', { n: { a: 1 } })],
    ['null for a required ID', v('query($id:ID!){ claim(id:$id) { id } }', { id: null })],
    ['a boolean for a String', v('query($s:String){ factors(search:$s) { id } }', { s: true })],
    ['an unknown input field', v('query($f:ClaimFilter){ claims(filter:$f) { totalCount } }', { f: { nope: 1 } })],
    ['a garbage cursor', v('query($a:String){ claims(after:$a) { totalCount } }', { a: '!!not-a-cursor!!' })],
    ['a negative first in a variable', v('query($n:Int){ claims(first:$n) { totalCount } }', { n: -5 })],
    ['first: 0', v('query($n:Int){ claims(first:$n) { totalCount } }', { n: 0 })],
    ['a valueMin above valueMax', v('query($f:ClaimFilter){ claims(filter:$f) { totalCount } }', { f: { valueMin: 10, valueMax: 1 } })],
    ['an infinite-looking float', v('query($f:ClaimFilter){ claims(filter:$f) { totalCount } }', { f: { valueMin: '1e999' } })],
  ];
  const notFound: [string, string][] = [
    ['an unknown factor in trace', '{ trace(from: "moon", to: "TGA") { length } }'],
    ['an unknown factor in upstream', '{ upstream(factor: "moon") { factors { id } } }'],
    ['an unknown factor in downstream', '{ downstream(factor: "火星") { factors { id } } }'],
    ['an unknown document filter', '{ claims(filter: { document: "doc-nope" }) { totalCount } }'],
    ['an unknown factor filter', '{ claims(filter: { factor: "moon" }) { totalCount } }'],
  ];
  const nulls: [string, string][] = [
    ['an unknown claim id', '{ claim(id: "nope") { id } }'],
    ['an unknown document id', '{ document(id: "nope") { id } }'],
    ['an unknown source id', '{ source(id: "nope") { id } }'],
    ['an id with Cypher in it', '{ claim(id: "x\\"}) DETACH DELETE n //") { id } }'],
    ['a number as an ID (GraphQL coerces it)', '{ claim(id: 12) { id } }'],
  ];
  return [
    ...list.map(([name, c]) => ({ category: 'enums-ids', name, send: gql(ctx, c.query, c.variables), expect: { status: [200, 400], code: c.code } })),
    ...notFound.map(([name, query]) => ({ category: 'enums-ids', name, send: gql(ctx, query), expect: { status: [200, 400], allowed: ['NOT_FOUND', 'BAD_USER_INPUT'] } })),
    ...nulls.map(([name, query]) => ({ category: 'enums-ids', name: `${name} is null, not an error`, send: gql(ctx, query), expect: { status: 200, allowed: [] } })),
  ];
}

function authCases(ctx: Ctx): HostileCase[] {
  const mutation = 'mutation { reviewClaim(input: { id: "nope", status: VERIFIED, rationale: "hostile", expectedVersion: 1 }) { review { id } } }';
  const withAuth = (authorization: string | undefined, query = mutation) => {
    const headers: Record<string, string> = { ...JSON_HEADERS, ...(authorization !== undefined ? { authorization } : {}) };
    return post(ctx, JSON.stringify({ query }), headers);
  };
  const unauth: [string, string | undefined][] = [
    ['no Authorization header', undefined],
    ['an empty Authorization header', ''],
    ['"Bearer" alone', 'Bearer'],
    ['"Bearer " with nothing after', 'Bearer '],
    ['an unknown token', 'Bearer cg_not-a-real-token'],
    ['Basic credentials', 'Basic bmVvNGo6bmVvNGo='],
    ['a token with spaces', 'Bearer cg_abc def'],
    ['a token with a NUL escape', 'Bearer cg_%00admin'],
    ['a JWT-looking token with alg none', 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ.'],
    ['two schemes', 'Bearer x, Bearer y'],
    ['a Cypher-injection token', 'Bearer x" OR 1=1 //'],
  ];
  const cases: HostileCase[] = unauth.map(([name, a]) => ({
    category: 'auth',
    name: `a mutation with ${name} is UNAUTHENTICATED`,
    send: withAuth(a),
    expect: { status: [200, 401], code: 'UNAUTHENTICATED' },
  }));
  cases.push(
    { category: 'auth', name: 'a reader token cannot review', send: () => withAuth(`Bearer ${ctx.reader()}`)(), expect: { status: [200, 403], code: 'FORBIDDEN' } },
    { category: 'auth', name: 'a reader token cannot ingest', send: () => withAuth(`Bearer ${ctx.reader()}`, 'mutation { ingestDocument(input: { text: "hostile: gold fell 3%", title: "hostile" }) { claims } }')(), expect: { status: [200, 403], code: 'FORBIDDEN' } },
    { category: 'auth', name: 'a lower-case bearer scheme with an unknown token', send: withAuth('bearer cg_unknown'), expect: { status: [200, 401], code: 'UNAUTHENTICATED' } },
    { category: 'auth', name: 'a mutation sent as GET is refused', send: get(ctx, `/graphql?query=${encodeURIComponent(mutation)}`), expect: { status: [400, 405], code: BAD } },
    { category: 'auth', name: 'a mutation hidden behind operationName over GET', send: get(ctx, `/graphql?query=${encodeURIComponent(`query A { about { version } } ${mutation.replace('mutation', 'mutation B')}`)}&operationName=B`), expect: { status: [400, 405], code: BAD } },
    { category: 'auth', name: 'an editor reviewing an unknown claim writes nothing', send: () => withAuth(`Bearer ${ctx.editor()}`)(), expect: { status: [200, 404], code: ['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT'] } },
    { category: 'auth', name: 'a token of 20,000 characters is refused before it is looked up', send: withAuth(`Bearer ${'a'.repeat(20_000)}`), expect: { status: 431 } },
    { category: 'auth', name: 'CORS: a foreign origin gets no allow-origin', send: async () => {
        const r = await reply(await fetch(`${ctx.url()}/graphql`, { method: 'POST', headers: { ...JSON_HEADERS, origin: 'https://evil.example' }, body: '{"query":"{ about { version } }"}' }));
        return { ...r, status: /access-control-allow-origin/i.test(r.headers) ? 599 : r.status };
      }, expect: { status: 200 } },
    { category: 'auth', name: 'CORS: a preflight from a foreign origin is not allowed', send: async () => {
        const r = await reply(await fetch(`${ctx.url()}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } }));
        return { ...r, status: /access-control-allow-(origin|credentials)/i.test(r.headers) ? 599 : 200 };
      }, expect: { status: 200 } },
  );
  return cases;
}

function exportPathCases(ctx: Ctx): HostileCase[] {
  const paths: [string, string, number | number[], string | string[] | undefined][] = [
    ['an unknown factor in a GraphML export', '/export/graphml?factor=moon', 404, 'NOT_FOUND'],
    ['an unknown trace end in a report', '/export/report?from=TGA&to=moon', 404, 'NOT_FOUND'],
    ['an unknown trace start in a Cypher export', '/export/cypher?from=moon&to=TGA', 404, 'NOT_FOUND'],
    ['an unknown format', '/export/exe', 400, 'BAD_USER_INPUT'],
    ['a format with a path traversal', '/export/..%2f..%2fetc%2fpasswd', [400, 404], undefined],
    ['a raw path traversal', '/export/../../etc/passwd', [200, 404], undefined],
    ['maxHops 999', '/export/graphml?factor=TGA&maxHops=999', 400, 'BAD_USER_INPUT'],
    ['maxHops not a number', '/export/graphml?factor=TGA&maxHops=abc', 400, 'BAD_USER_INPUT'],
    ['a bad status', '/export/json?status=NOPE', 400, 'BAD_USER_INPUT'],
    ['from without to', '/export/json?from=TGA', 400, 'BAD_USER_INPUT'],
    ['both factor and trace', '/export/json?factor=TGA&from=TGA&to=TGA', 400, 'BAD_USER_INPUT'],
    ['a bad direction', '/export/json?factor=TGA&direction=sideways', 400, 'BAD_USER_INPUT'],
    ['an unknown document is an empty export', '/export/json?document=doc-nope', [200, 404], undefined],
    ['a percent-encoded NUL in the factor', '/export/graphml?factor=%00', [400, 404], undefined],
    ['a factor of 20,000 characters', `/export/graphml?factor=${'x'.repeat(20_000)}`, 431, undefined],
    ['a factor of 5,000 characters', `/export/graphml?factor=${'x'.repeat(5_000)}`, 400, 'BAD_USER_INPUT'],
    ['an upper-case format', '/export/GRAPHML', [400, 404], undefined],
    ['a trailing slash', '/export/graphml/', [400, 404], undefined],
    ['POST to an export', '/export/json', [400, 404, 405, 415], undefined],
    ['a double slash before graphql', '//graphql?query=%7Babout%7Bversion%7D%7D', [200, 400, 404], undefined],
    ['graphql with a dot segment', '/graphql/../health', [200, 400, 404, 503], undefined],
    ['an encoded slash in the path', '/graphql%2f..%2fhealth', [400, 404], undefined],
    ['a path of 30,000 characters', `/${'a'.repeat(30_000)}`, [400, 404, 414, 431], undefined],
    ['an invalid percent escape', '/graphql?query=%zz', [200, 400], undefined],
    ['/health with a query string', '/health?x=%00', [200, 503], undefined],
    ['/livez suffix trick', '/export/report?x=/livez', [400, 404, 200], undefined],
    ['an unknown route', '/admin', 404, undefined],
    ['a dotfile', '/.env', 404, undefined],
    ['the git directory', '/.git/config', 404, undefined],
    ['the package file', '/package.json', 404, undefined],
    ['the source tree', '/src/config.ts', 404, undefined],
  ];
  return paths.map(([name, path, status, code]) => ({
    category: 'export-paths',
    name,
    send: name === 'POST to an export'
      ? async () => reply(await fetch(`${ctx.url()}${path}`, { method: 'POST', headers: JSON_HEADERS, body: '{}' }))
      : name === 'a raw path traversal' || name === 'a double slash before graphql' || name === 'graphql with a dot segment'
        ? raw(ctx, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
        : get(ctx, path),
    expect: { status, ...(code ? { code } : {}), maxBody: 3_000_000 },
  }));
}

function rawHttpCases(ctx: Ctx): HostileCase[] {
  const about = '/graphql?query=%7Babout%7Bversion%7D%7D';
  const lines: [string, string, number | number[]][] = [
    ['an absolute-form request line', `GET http://x${about} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 200],
    ['an absolute-form request line to /', 'GET http://x/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [200, 404]],
    ['an absolute https URL', `GET https://x:9/${about.slice(1)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 200],
    ['an asterisk-form OPTIONS', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['a request target without a slash', 'GET graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['an ftp absolute URL', 'GET ftp://x/graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['HTTP/1.0 without Host', `GET ${about} HTTP/1.0\r\n\r\n`, 200],
    ['HTTP/1.1 without Host', `GET ${about} HTTP/1.1\r\nConnection: close\r\n\r\n`, 400],
    ['two Host headers', `GET ${about} HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n`, [200, 400]],
    ['HTTP/2.0 in the request line', `GET ${about} HTTP/2.0\r\nHost: x\r\n\r\n`, [200, 400, 505]],
    ['HTTP/9.9', `GET ${about} HTTP/9.9\r\nHost: x\r\n\r\n`, [400, 505]],
    ['a lower-case method', `get ${about} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 400],
    ['an unknown method', `BREW ${about} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, [400, 405]],
    ['a header without a colon', `GET ${about} HTTP/1.1\r\nHost: x\r\nbroken header\r\nConnection: close\r\n\r\n`, 400],
    ['a header name with a space', `GET ${about} HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\nConnection: close\r\n\r\n`, 400],
    ['a NUL in a header value', `GET ${about} HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\nConnection: close\r\n\r\n`, 400],
    ['bare LF line endings', `GET ${about} HTTP/1.1\nHost: x\nConnection: close\n\n`, [200, 400]],
    ['an obsolete folded header', `GET ${about} HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\nConnection: close\r\n\r\n`, [200, 400]],
    ['a bad chunk size', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n', 400],
    ['an unknown transfer coding', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n{}', [400, 501]],
    ['pipelined requests', `GET ${about} HTTP/1.1\r\nHost: x\r\n\r\nGET ${about} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 200],
    ['binary garbage', '\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003', [0, 400]],
    ['a TLS ClientHello on the plain port', Buffer.from('160301002e0100002a0303', 'hex').toString('latin1'), [0, 400]],
    ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', [0, 400, 505]],
    ['an Upgrade to websocket', `GET /graphql HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 13\r\n\r\n`, [0, 400, 404, 426]],
    ['Expect: 100-continue with a body', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 33\r\nConnection: close\r\n\r\n{"query":"{ about { version } }"}', [100, 200]],
    ['an unsupported Expect', `GET ${about} HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n`, [200, 417]],
  ];
  return lines.map(([name, bytes, status]) => ({ category: 'raw-http', name, send: raw(ctx, Buffer.from(bytes, 'latin1')), expect: { status } }));
}

/** Slow clients hold sockets; the service must keep answering everyone else. */
function slowClientCases(ctx: Ctx): HostileCase[] {
  const hold = (n: number, write: (s: ReturnType<typeof connect>, i: number) => void) => async (): Promise<RawReply> => {
    const { hostname, port } = new URL(ctx.url());
    const sockets = Array.from({ length: n }, (_, i) => {
      const s = connect(Number(port), hostname);
      s.on('error', () => {});
      s.on('connect', () => write(s, i));
      return s;
    });
    await new Promise((r) => setTimeout(r, 300));
    try {
      return await reply(await fetch(`${ctx.url()}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: '{"query":"{ about { version } }"}', signal: AbortSignal.timeout(5_000) }));
    } finally {
      for (const s of sockets) s.destroy();
    }
  };
  return [
    { category: 'slow-clients', name: '50 clients that send half a request line', send: hold(50, (s) => s.write('GET /grap')), expect: { status: 200 } },
    { category: 'slow-clients', name: '50 clients that stop in the middle of their headers', send: hold(50, (s) => s.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: appl')), expect: { status: 200 } },
    { category: 'slow-clients', name: '20 clients that promise a large body and send none', send: hold(20, (s) => s.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9000000\r\n\r\n{')), expect: { status: 200 } },
    { category: 'slow-clients', name: '20 idle keep-alive connections', send: hold(20, (s) => s.write('GET /livez HTTP/1.1\r\nHost: x\r\n\r\n')), expect: { status: 200 } },
    { category: 'slow-clients', name: '20 subscriptions left open', send: hold(20, (s) => s.write('GET /graphql?query=subscription%7BreviewEvents%7BitemId%7D%7D HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n')), expect: { status: 200 } },
  ];
}

export function hostileCases(schema: GraphQLSchema, ctx: Ctx): HostileCase[] {
  return [
    ...jsonCases(ctx),
    ...sizeCases(ctx),
    ...contentTypeCases(ctx),
    ...syntaxCases(ctx),
    ...bombCases(ctx),
    ...introspectionCases(ctx),
    ...schemaCases(schema, ctx),
    ...enumIdCases(ctx),
    ...authCases(ctx),
    ...exportPathCases(ctx),
    ...rawHttpCases(ctx),
    ...slowClientCases(ctx),
  ];
}
