/** Types for schema-org.js, which the Node tests import as plain JavaScript. */
export declare const VOCABULARY: Record<string, {parent: string | null; properties: Record<string, string[]>}>;
export declare function check(node: Record<string, unknown>, path?: string): string[];
