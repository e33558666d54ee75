/** Roles a token can carry. Reading needs none (unless READ_REQUIRES_TOKEN); every mutation needs EDITOR or ADMIN. */
export const ROLES = ['EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from their bearer token; null for anonymous readers. */
export interface Viewer {
  tokenId: string;
  name: string;
  role: Role;
}
