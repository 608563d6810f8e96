import type {FoundIssue} from '../../schema/issues.js';

/**
 * What a reader is told about a failure: `network` (unreachable, or cut off mid-way), `timeout`, `server` (an HTTP
 * error status) — each worth a Retry — or `invalid` (bad JSON, a mistake in the roadmap, HTML instead of JSON, too
 * large), which loading again would not mend.
 */
export type FailureKind = 'network' | 'timeout' | 'server' | 'invalid';

export function failureKind(found: readonly FoundIssue[]): FailureKind {
  const raw = found[0]?.raw;
  if (raw?.code !== 'not_loaded') return 'invalid';
  return raw.reason === 'timeout'
    ? 'timeout'
    : raw.reason === 'http'
      ? 'server'
      : raw.reason === 'html'
        ? 'invalid'
        : 'network';
}
