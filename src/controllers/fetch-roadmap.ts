/** Fetching roadmap JSON for `src`: abortable, size-limited while it streams, and every failure explained. */
import {LIMITS} from '../schema/limits.js';
import {whole, type Checked, type RawIssue} from '../schema/issues.js';

/** The text of the response, or why there is none. */
export type FetchResult = Checked<string>;

/** How long `src` may take, headers and body together, before it is given up: 15 seconds. */
export const DEFAULT_TIMEOUT = 15000;

/** Why `src` could not be loaded, worded by `messages.ts` ("Could not load the roadmap from …: …"). */
const failure = (
  src: string,
  reason: Extract<RawIssue, {code: 'not_loaded'}>['reason'],
  more?: {status?: number; statusText?: string; seconds?: number},
): FetchResult => whole({code: 'not_loaded', src, reason, ...more});

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
  return result ?? failure(src, 'timeout', {seconds: timeout / 1000});
}

/** The download itself; `undefined` when `signal` stopped it. */
async function download(src: string, signal: AbortSignal): Promise<FetchResult | undefined> {
  let response: Response;
  try {
    response = await fetch(src, {signal, headers: {accept: 'application/json'}, credentials: 'same-origin'});
  } catch {
    if (signal.aborted) return undefined;
    return failure(src, 'network');
  }
  if (!response.ok) {
    return failure(src, 'http', {status: response.status, statusText: response.statusText});
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > LIMITS.maxBytes) {
    void response.body?.cancel();
    return whole({code: 'too_large', bytes: declared});
  }
  let text: string;
  try {
    text = await readLimited(response);
  } catch (error) {
    if (signal.aborted) return undefined;
    return error instanceof RangeError ? whole({code: 'too_large'}) : failure(src, 'broke');
  }
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) || /^\s*</.test(text)) {
    return failure(src, 'html');
  }
  return {ok: true, value: text};
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
