/**
 * Roles a token can carry. Reading needs no token unless READ_REQUIRES_TOKEN is set (then any
 * live token, READER included); every mutation needs EDITOR or ADMIN.
 */
export const ROLES = ['READER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from their bearer token; null for anonymous readers. */
export interface Viewer {
  tokenId: string;
  name: string;
  role: Role;
}
