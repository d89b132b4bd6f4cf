import { Readable } from 'node:stream';
import { listIssueMessages, messagePageVersion } from '../list-messages.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { ifNoneMatchHits } from '../../../core/http/conditional.js';
import { cachedAnswerOf, REQUEST_ID_SLOT } from '../../../core/http/response-cache.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Writes `{data: [...], pagination, request_id}` while the pages are read, instead of building it in memory. */
async function* streamedBody(pages: AsyncGenerator<unknown[]>, requestId: string): AsyncGenerator<string> {
  yield '{"data":[';
  let first = true;
  for await (const page of pages) {
    const chunk = page.map((m) => JSON.stringify(m)).join(',');
    yield first ? chunk : `,${chunk}`;
    first = false;
  }
  yield `],"pagination":{"cursor":"","has_next_page":false},"request_id":${JSON.stringify(requestId)}}`;
}

/**
 * The version of the page is read first: a client holding it gets 304, and a page this server already answered at
 * that version is sent again from memory; otherwise the page is read, and kept for the next request.
 */
export default defineRoute({
  method: 'GET',
  url: '/issues/:id/messages',
  handler: async ({ request, reply, deps, actor }) => {
    const version = await messagePageVersion(deps, actor, request.params.id, request.query);
    reply.header('etag', version.etag);
    if (ifNoneMatchHits(request.headers['if-none-match'], version.etag)) return reply.code(304).send();
    const cached = deps.responseCache.get(version.cacheKey);
    if (cached) return reply.type(JSON_TYPE).send(cached.before + request.id + cached.after);
    const listing = await listIssueMessages(deps, actor, version.issueId, request.query);
    if (listing.kind === 'all') {
      return reply.type(JSON_TYPE).send(Readable.from(streamedBody(listing.pages, request.id)));
    }
    const page = { data: listing.data, pagination: listing.pagination };
    const answer = cachedAnswerOf(reply.serialize({ ...page, request_id: REQUEST_ID_SLOT }) as string);
    if (!answer) return ok(request, page);
    deps.responseCache.set(version.cacheKey, answer);
    return reply.type(JSON_TYPE).send(answer.before + request.id + answer.after);
  },
});
