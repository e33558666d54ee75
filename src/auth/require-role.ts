import type { GraphQLFieldResolver } from 'graphql';
import type { AppContext } from '../api/context.ts';
import { forbidden, unauthenticated } from '../errors.ts';
import type { Role, Viewer } from './viewer.ts';

type Resolver = GraphQLFieldResolver<unknown, AppContext>;

/** Which roles may call mutations. Token management is CLI-only, so EDITOR and ADMIN share them. */
export const MUTATION_ROLES: readonly Role[] = ['EDITOR', 'ADMIN'];

/**
 * The role rule, for a mutation field or a CLI command (`what` names it): no token is
 * UNAUTHENTICATED, a token of another role FORBIDDEN. Returns the viewer who may go on.
 */
export function assertRole(viewer: Viewer | null, roles: readonly Role[], what: string): Viewer {
  if (!viewer) throw unauthenticated(`${what} needs a bearer token of role ${roles.join(' or ')}`);
  if (!roles.includes(viewer.role)) throw forbidden(`${what} needs role ${roles.join(' or ')}; your token has ${viewer.role}`);
  return viewer;
}

export function requireRole(roles: readonly Role[], resolve: Resolver): Resolver {
  return (source, args, ctx, info) => {
    assertRole(ctx.viewer, roles, info.fieldName);
    return resolve(source, args, ctx, info);
  };
}

/**
 * Authorization is decided here, once: every Mutation field of every feature is wrapped,
 * so a new mutation cannot forget its check.
 */
export function guardMutations<T extends Record<string, unknown>>(resolverMaps: T[]): T[] {
  return resolverMaps.map((map) => {
    const mutation = map['Mutation'] as Record<string, Resolver> | undefined;
    if (!mutation) return map;
    const guarded = Object.fromEntries(Object.entries(mutation).map(([name, fn]) => [name, requireRole(MUTATION_ROLES, fn)]));
    return { ...map, Mutation: guarded };
  });
}
