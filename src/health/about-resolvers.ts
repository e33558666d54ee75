import type { AppContext } from '../api/context.ts';
import { VERSION } from '../version.ts';

export const aboutResolvers = {
  Query: {
    about: async (_: unknown, __: unknown, ctx: AppContext) => {
      const info = await ctx.graph.serverInfo();
      return { version: VERSION, neo4jVersion: info.agent?.replace(/^Neo4j\//, '') ?? 'unknown', neo4jProvider: ctx.neo4jProvider };
    },
  },
};
