// Generated from the zod schema in roadmap.ts by to-spec.ts (`npm run build` writes it; a test checks it is current).
// Do not edit by hand.
import type {Spec} from './check.js';

const S1: Spec = {type: "string", checks: [["regex", /^[a-z0-9-]{1,80}$/, "slug"]]};
const S2: Spec = {type: "string", checks: [["trim"], ["min", 1], ["max", 5000]]};
const S3: Spec = {type: "optional", inner: {type: "string", checks: [["max", 5000]]}};
const S4: Spec = {type: "optional", inner: {type: "string", checks: [["regex", /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "date"]]}};
const S6: Spec = {type: "number", checks: [["min", 0]]};
const S7: Spec = {type: "optional", inner: S1};
export const RANGE_SPEC: Spec = {type: "object", shape: {min: S6, max: S6, period: {type: "optional", inner: {type: "enum", values: ["year", "month", "hour"]}}, source: S7}, rule: "range"};
const S5: Spec = {type: "optional", inner: RANGE_SPEC};
const S9: Spec = {type: "string", checks: [["max", 5000], ["rule", "href"]]};
const S8: Spec = {type: "optional", inner: S9};
const S11: Spec = {type: "int", checks: [["min", 1]]};
const S10: Spec = {type: "optional", inner: S11};
const S12: Spec = {type: "optional", inner: S6};
const S13: Spec = {type: "optional", inner: {type: "boolean"}};
export const STAGE_SPEC: Spec = {type: "object", shape: {id: S7, title: S2, period: {type: "optional", inner: {type: "object", shape: {unit: {type: "enum", values: ["month", "year"]}, from: S6, to: S12}, rule: "period"}}, summary: S3, items: {type: "optional", inner: {type: "array", item: {type: "union", options: [S2, {type: "object", shape: {id: S7, text: S2, href: S8}}]}, checks: [["max", 200]]}}, salary: S5, curriculum: {type: "optional", inner: {type: "array", item: {type: "object", shape: {id: S7, title: S2, weeks: {type: "object", shape: {from: S11, to: S10}, rule: "period"}, hours: S12, summary: S3, items: {type: "optional", inner: {type: "array", item: {type: "union", options: [S2, {type: "object", shape: {id: S7, text: S2, href: S8, resources: {type: "optional", inner: {type: "array", item: {type: "object", shape: {title: S2, href: S9, kind: {type: "optional", inner: {type: "enum", values: ["article", "video", "course", "book", "docs", "practice"]}}, minutes: S10, free: S13}}, checks: [["max", 20]]}}}}]}, checks: [["max", 200]]}}, sample: S13}}, checks: [["max", 200]]}}}, rule: "stage"};
export const ROADMAP_SPEC: Spec = {type: "object", shape: {version: {type: "literal", values: [1], message: "version"}, id: S1, title: S2, role: S3, region: S3, category: S3, tagline: S3, summary: S3, notice: S3, updated: S4, locale: {type: "optional", inner: {type: "string", checks: [["rule", "locale"]]}}, currency: {type: "optional", inner: {type: "string", checks: [["regex", /^[A-Z]{3}$/, "currency"]]}}, market: {type: "optional", inner: {type: "object", shape: {openRoles: {type: "optional", inner: {type: "int", checks: [["min", 0]]}}, salary: S5, asOf: S4, source: S7}}}, sources: {type: "optional", inner: {type: "array", item: {type: "object", shape: {id: S1, label: S2, href: S8, asOf: S4, sampleSize: S10, method: {type: "optional", inner: {type: "enum", values: ["counted", "reported", "estimated"]}}}}, checks: [["max", 50]]}}, stagesTitle: S3, stages: {type: "array", item: STAGE_SPEC, checks: [["min", 1], ["max", 1000]]}, linksTitle: S3, linksSummary: S3, links: {type: "optional", inner: {type: "array", item: {type: "object", shape: {label: S2, href: S9, rel: S3}}, checks: [["max", 100]]}}}, rule: "roadmap"};
