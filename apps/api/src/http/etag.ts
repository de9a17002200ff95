import type { Request, Response } from 'express';

/** Sets the ETag of a single resource and answers 304 when the client already holds that revision. */
export function withETag<T>(request: Request, response: Response, revision: number, body: T): T | undefined {
  const etag = `"${revision}"`;
  response.setHeader('ETag', etag);
  if (request.header('if-none-match') === etag) {
    response.status(304);
    return undefined;
  }
  return body;
}
