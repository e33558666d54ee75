import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  type InputValueDefinitionNode,
} from 'graphql';
import { badInput, type FieldIssue } from '../errors.ts';

export interface InputLimits {
  /** Longest string in any argument or input field without its own `@bounded(maxLength:)`. */
  maxStringLength: number;
  /** Most items in any list argument or input field without its own `@bounded(maxItems:)`. */
  maxListItems: number;
  /** Longest document text (`@bounded(document: true)`), in characters. */
  maxDocumentLength: number;
}

interface Bound {
  maxLength: number;
  maxItems: number;
}

/** The bound of one argument or input field: config defaults, overridden by its `@bounded` directive. */
function boundOf(node: InputValueDefinitionNode | undefined | null, limits: InputLimits): Bound {
  const bound = { maxLength: limits.maxStringLength, maxItems: limits.maxListItems };
  const directive = node?.directives?.find((d) => d.name.value === 'bounded');
  for (const arg of directive?.arguments ?? []) {
    const name = arg.name.value;
    if (name === 'document' && arg.value.kind === 'BooleanValue' && arg.value.value) bound.maxLength = limits.maxDocumentLength;
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
  const check = (value: unknown, type: GraphQLInputType, bound: Bound, path: string, issues: FieldIssue[]): void => {
    if (value == null || issues.length > 0) return;
    const t = getNullableType(type);
    if (isListType(t)) {
      if (!Array.isArray(value)) return check(value, t.ofType, bound, path, issues);
      if (value.length > bound.maxItems) return void issues.push({ path, message: `at most ${bound.maxItems} items` });
      value.forEach((item, i) => check(item, t.ofType, bound, `${path}.${i}`, issues));
    } else if (isInputObjectType(t)) {
      const fields = t.getFields();
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[name];
        if (field) check(v, field.type, boundOf(field.astNode, limits), `${path}.${name}`, issues);
      }
    } else if (typeof value === 'string') {
      if (value.length > bound.maxLength) issues.push({ path, message: `at most ${bound.maxLength} characters` });
      else if (!value.isWellFormed()) issues.push({ path, message: 'not well-formed Unicode (a lone surrogate)' });
    }
  };

  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const defs = Object.entries(field.args ?? {}).map(([name, arg]) => ({ name, type: arg.type, bound: boundOf(arg.astNode, limits) }));
      if (defs.length === 0) return field;
      const guard = (args: Record<string, unknown>) => {
        const issues: FieldIssue[] = [];
        for (const d of defs) check(args[d.name], d.type, d.bound, d.name, issues);
        if (issues.length) throw badInput(`Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
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
