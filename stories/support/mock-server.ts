/**
 * A pretend remote server for the stories that load `src`: requests to https://roadmaps.example/ are answered
 * here, in the page, so the loading and failure stories behave the same in `npm run storybook`, in the static
 * build and on any host (a real 404 might be rewritten to an HTML page by a static host, and a real slow
 * response can't be ordered). Every other request goes to the network as usual. The element under the story
 * gets a real `Response` and does its real work on it.
 *
 *   /backend-developer-india-2026.json   the India roadmap from data/, as JSON
 *   /backend-developer-india-2026-hi.json   the same roadmap in Hindi
 *   /pending.json                        never answers (until the request is aborted): the loading state
 *   /missing.json                        HTTP 404
 *   /error-page.json                     HTTP 200 with an HTML error page
 *   /huge.json                           3 MB of JSON-looking text, streamed without Content-Length
 *   /offline.json                        the request fails as it does offline
 */
import india from '../../data/backend-developer-india-2026.json';
import indiaHindi from '../../data/backend-developer-india-2026-hi.json';

export const MOCK_ORIGIN = 'https://roadmaps.example';

const json = (text: string, status = 200) =>
  new Response(text, {status, headers: {'content-type': 'application/json'}});

/** A body that streams `chunks` chunks of 64 KiB, so a size limit meets it while it downloads. */
function stream(chunks: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`"${'x'.repeat(64 * 1024 - 3)}",`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

function answer(path: string, signal: AbortSignal | undefined): Promise<Response> {
  switch (path) {
    case '/backend-developer-india-2026.json':
      return Promise.resolve(json(JSON.stringify(india)));
    case '/backend-developer-india-2026-hi.json':
      return Promise.resolve(json(JSON.stringify(indiaHindi)));
    case '/pending.json':
      return new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), {once: true});
      });
    case '/error-page.json':
      return Promise.resolve(
        new Response('<!doctype html><title>Oops</title><h1>Something went wrong</h1>', {
          headers: {'content-type': 'text/html'},
        }),
      );
    case '/huge.json':
      return Promise.resolve(new Response(stream(48), {headers: {'content-type': 'application/json'}}));
    case '/offline.json':
      return Promise.reject(new TypeError('Failed to fetch'));
    default:
      return Promise.resolve(new Response('Not found', {status: 404, statusText: 'Not Found'}));
  }
}

let installed = false;

/** Routes fetches of https://roadmaps.example/… to the answers above. Safe to call more than once. */
export function installMockServer(): void {
  if (installed) return;
  installed = true;
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== MOCK_ORIGIN) return networkFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return answer(url.pathname, signal ?? undefined);
  };
}
