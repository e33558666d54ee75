import { readdirSync, readFileSync } from 'node:fs';
import { makeExecutableSchema, type IExecutableSchemaDefinition } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.ts';

export const SCHEMA_DIR = `${PROJECT_ROOT}schema/`;

/** All SDL files in `schema/`, in a stable order (base.graphql declares the root types first). */
export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(`${dir}${f}`, 'utf8'));
}

export type Resolvers = NonNullable<IExecutableSchemaDefinition['resolvers']>;

export function buildSchema(resolvers: Resolvers): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
