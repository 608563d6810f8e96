/** The extras beside the embed, by name: each name's source file (see extras.mjs). */
export declare const extras: (root: string) => Record<string, string>;
