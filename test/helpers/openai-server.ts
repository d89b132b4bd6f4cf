import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';

/** A chat completions request as the server received it. */
export interface ChatRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  json: { model?: string; messages?: { role: string; content: string }[] };
}

/** How the server answers one request: a status and a JSON body, or no answer at all. */
export type ChatAnswer = { status: number; body: unknown } | 'hang';

/** A completion as an OpenAI-compatible API answers it, with `content` as the first choice's message. */
export const completion = (content: string): ChatAnswer => ({
  status: 200,
  body: {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  },
});

/**
 * A local OpenAI-compatible API on 127.0.0.1: it records every request and answers each as `answer` decides.
 * Closed after the test.
 */
export async function startOpenAiServer(t: TestContext, answer: (request: ChatRequest) => ChatAnswer) {
  const received: ChatRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request: ChatRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        json: body ? JSON.parse(body) : {},
      };
      received.push(request);
      const answered = answer(request);
      if (answered === 'hang') return;
      res.writeHead(answered.status, { 'content-type': 'application/json' }).end(JSON.stringify(answered.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL to configure as AI_BASE_URL. */
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
  };
}
