/** Fetching roadmap JSON for `src`: abortable, size-limited while it streams, and every failure explained. */
import {LIMITS} from '../../schema/limits.js';
import {tooLarge, type RoadmapIssue} from '../../schema/messages.js';

export type FetchResult = {ok: true; text: string} | {ok: false; issues: RoadmapIssue[]};

/** How long `src` may take, headers and body together, before it is given up: 15 seconds. */
export const DEFAULT_TIMEOUT = 15000;

const failure = (message: string): FetchResult => ({ok: false, issues: [{path: '', message}]});

/**
 * Resolves with the response text or a located failure. Rejects only when `signal` aborts it, which callers
 * treat as "superseded", not as an error. A request still unfinished after `timeout` ms is a failure.
 */
export async function fetchRoadmapText(
  src: string,
  signal: AbortSignal,
  timeout = DEFAULT_TIMEOUT,
): Promise<FetchResult> {
  // One signal for both ways to stop: the caller's (superseded) and the timer's (too slow).
  const request = new AbortController();
  const stop = () => request.abort();
  signal.addEventListener('abort', stop);
  const timer = setTimeout(stop, timeout);
  const result = await download(src, request.signal).finally(() => clearTimeout(timer));
  if (signal.aborted) throw signal.reason;
  return result ?? failure(`Could not load the roadmap from ${src}: no complete answer within ${timeout / 1000} s.`);
}

/** The download itself; `undefined` when `signal` stopped it. */
async function download(src: string, signal: AbortSignal): Promise<FetchResult | undefined> {
  let response: Response;
  try {
    response = await fetch(src, {signal, headers: {accept: 'application/json'}, credentials: 'same-origin'});
  } catch {
    if (signal.aborted) return undefined;
    return failure(
      `Could not load the roadmap from ${src}: the network request failed (offline, blocked, or not allowed by CORS).`,
    );
  }
  if (!response.ok) {
    return failure(
      `Could not load the roadmap from ${src}: the server answered HTTP ${response.status}${
        response.statusText ? ` ${response.statusText}` : ''
      }.`,
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > LIMITS.maxBytes) {
    void response.body?.cancel();
    return {ok: false, issues: [tooLarge(declared)]};
  }
  let text: string;
  try {
    text = await readLimited(response);
  } catch (error) {
    if (signal.aborted) return undefined;
    if (error instanceof RangeError) return {ok: false, issues: [tooLarge()]};
    return failure(`Could not load the roadmap from ${src}: the connection broke while it was downloading.`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) || /^\s*</.test(text)) {
    return failure(`Could not load the roadmap from ${src}: the server sent an HTML page, not roadmap JSON.`);
  }
  return {ok: true, text};
}

/** The body as text, read in chunks so a huge or endless response is cut off at the limit, not buffered whole. */
async function readLimited(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > LIMITS.maxBytes) {
      void reader.cancel();
      throw new RangeError('too large');
    }
    text += decoder.decode(value, {stream: true});
  }
}
