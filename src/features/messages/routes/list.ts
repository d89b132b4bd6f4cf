import { Readable } from 'node:stream';
import { listIssueMessages } from '../list-messages.js';
import { defineRoute, ok } from '../../../core/http/route.js';

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

export default defineRoute({
  method: 'GET',
  url: '/issues/:id/messages',
  handler: async ({ request, reply, deps, actor }) => {
    const listing = await listIssueMessages(deps, actor, request.params.id, request.query);
    if (listing.kind === 'page') return ok(request, { data: listing.data, pagination: listing.pagination });
    return reply.type('application/json; charset=utf-8').send(Readable.from(streamedBody(listing.pages, request.id)));
  },
});
