import { z } from 'zod';

/** Ids of parties and agreements: lowercase slugs, so they are safe in stream names and URLs. */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const id = z.string().regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9, -)');
