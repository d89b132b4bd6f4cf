/** What a request looked like when it left the client. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  at: number;
}

/**
 * Decides the fate of attempt `n` (counting from 0): `undefined` sends it to the server; a Response answers it
 * without the server; 'lose-answer' sends it and then fails as if the connection dropped before the answer came.
 */
export type Script = (n: number, request: Request) => Response | 'lose-answer' | undefined;

/** A fetch that records every request it sends, optionally failing some of them as the script says. */
export function recordingFetch(script: Script = () => undefined) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.clone().text();
    requests.push({ method: request.method, url: request.url, headers: request.headers, body, at: Date.now() });
    const fate = script(requests.length - 1, request);
    if (fate instanceof Response) return fate;
    const response = await globalThis.fetch(request);
    if (fate === 'lose-answer') {
      await response.body?.cancel();
      throw new TypeError('fetch failed: the connection closed before the answer');
    }
    return response;
  };
  return { fetch, requests };
}

/** An answer in Helpline's error envelope. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [message], request_id: 'test' }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
