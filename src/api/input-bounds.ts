import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type InputValueDefinitionNode,
} from 'graphql';
import { AppError, badInput, type FieldIssue } from '../errors.ts';

type Issue = FieldIssue & { tooLarge?: boolean };

export interface InputLimits {
  /** Longest string in any argument or input field without its own `@bounded(maxLength:)`. */
  maxStringLength: number;
  /** Most items in any list argument or input field without its own `@bounded(maxItems:)`. */
  maxListItems: number;
  /** Longest document text (`@bounded(document: true)`), in characters. */
  maxDocumentLength: number;
}

// Types are told apart by shape, not `instanceof`: graphql can be loaded twice (its ESM and CJS
// copies, under vitest), and graphql's own predicates refuse types from the other copy.
type Wrapped = { ofType: GraphQLInputType };
const nullable = (t: GraphQLInputType): GraphQLInputType => (String(t).endsWith('!') ? (t as unknown as Wrapped).ofType : t);
const listOf = (t: GraphQLInputType): GraphQLInputType | undefined => (String(t).startsWith('[') ? (t as unknown as Wrapped).ofType : undefined);
const inputFields = (t: GraphQLInputType): Record<string, GraphQLInputField> | undefined =>
  typeof (t as { getFields?: unknown }).getFields === 'function' ? (t as unknown as { getFields(): Record<string, GraphQLInputField> }).getFields() : undefined;

interface Bound {
  maxLength: number;
  maxItems: number;
  /** A document's text: too long is PAYLOAD_TOO_LARGE, as for the document's byte size. */
  document?: boolean;
}

/** The bound of one argument or input field: config defaults, overridden by its `@bounded` directive. */
function boundOf(node: InputValueDefinitionNode | undefined | null, limits: InputLimits): Bound {
  const bound: Bound = { maxLength: limits.maxStringLength, maxItems: limits.maxListItems };
  const directive = node?.directives?.find((d) => d.name.value === 'bounded');
  for (const arg of directive?.arguments ?? []) {
    const name = arg.name.value;
    if (name === 'document' && arg.value.kind === 'BooleanValue' && arg.value.value) Object.assign(bound, { maxLength: limits.maxDocumentLength, document: true });
    if ((name === 'maxLength' || name === 'maxItems') && arg.value.kind === 'IntValue') bound[name] = Number(arg.value.value);
  }
  return bound;
}

/**
 * The one place that bounds every argument: after GraphQL has coerced a field's arguments and
 * before its resolver runs, every string (in any argument, at any depth of an input object or
 * list) is checked for length and for well-formed Unicode (a lone surrogate cannot be stored
 * faithfully), and every list for its length. Limits come from config, overridden per field in
 * the SDL with `@bounded`. A violation is BAD_USER_INPUT naming the field, never echoing it.
 * This is what keeps a megabyte search string away from Neo4j.
 */
export function boundInputs(schema: GraphQLSchema, limits: InputLimits): GraphQLSchema {
  const check = (value: unknown, type: GraphQLInputType, bound: Bound, path: string, issues: Issue[]): void => {
    if (value == null || issues.length > 0) return;
    const t = nullable(type);
    const item = listOf(t);
    const fields = item ? undefined : inputFields(t);
    if (item) {
      if (!Array.isArray(value)) return check(value, item, bound, path, issues);
      if (value.length > bound.maxItems) return void issues.push({ path, message: `at most ${bound.maxItems} items` });
      value.forEach((v, i) => check(v, item, bound, `${path}.${i}`, issues));
    } else if (fields) {
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[name];
        if (field) check(v, field.type, boundOf(field.astNode, limits), `${path}.${name}`, issues);
      }
    } else if (typeof value === 'string') {
      if (value.length > bound.maxLength) issues.push({ path, message: `at most ${bound.maxLength} characters`, ...(bound.document ? { tooLarge: true } : {}) });
      else if (!value.isWellFormed()) issues.push({ path, message: 'not well-formed Unicode (a lone surrogate)' });
    }
  };

  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const defs = Object.entries(field.args ?? {}).map(([name, arg]) => ({ name, type: arg.type, bound: boundOf(arg.astNode, limits) }));
      if (defs.length === 0) return field;
      const guard = (args: Record<string, unknown>) => {
        const issues: Issue[] = [];
        for (const d of defs) check(args[d.name], d.type, d.bound, d.name, issues);
        if (issues.length === 0) return;
        const fields = issues.map(({ path, message }) => ({ path, message }));
        if (issues.some((i) => i.tooLarge)) throw new AppError('PAYLOAD_TOO_LARGE', `The document is longer than ${limits.maxDocumentLength} characters`, { fields });
        throw badInput(`Invalid input: ${fields.map((i) => `${i.path}: ${i.message}`).join('; ')}`, fields);
      };
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const { subscribe } = field;
      return {
        ...field,
        resolve: (source, args, context, info) => {
          guard(args);
          return resolve(source, args, context, info);
        },
        ...(subscribe && {
          subscribe: ((source, args, context, info) => {
            guard(args);
            return subscribe(source, args, context, info);
          }) satisfies GraphQLFieldResolver<unknown, unknown>,
        }),
      };
    },
  });
}
