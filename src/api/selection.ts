import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected at `path` below the resolver's own field (fragments and
 * inline fragments included), e.g. `['edges', 'node']` of a connection: lets a listing fetch
 * the nested lists a client asked for in the same statement. Fields under `@include`/`@skip`
 * count as selected (fetching one list too many is harmless; missing one is not).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) level = fieldsOf(info, level).filter((f) => f.name.value === name).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return new Set(fieldsOf(info, level).map((f) => f.name.value));
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return out;
}

/**
 * The row properties a selection needs when it asks only for the type's own fields (`own`), and
 * fields with resolvers of their own listed in `resolved` with the properties each reads;
 * undefined — whole rows — when it asks for anything else (another module's resolver may read
 * any property). Lets a store project only those (lighter rows), see src/graph/projection.ts.
 */
export function ownFields(selected: Set<string>, own: readonly string[], resolved: Record<string, readonly string[]> = {}): string[] | undefined {
  const keys: string[] = [];
  for (const f of selected) {
    if (f === '__typename') continue;
    if (own.includes(f)) keys.push(f);
    else if (Object.hasOwn(resolved, f)) keys.push(...resolved[f]!);
    else return undefined;
  }
  return keys;
}
