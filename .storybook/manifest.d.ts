/** The Custom Elements Manifest, resolved by the alias in main.ts to dist/custom-elements.json. */
declare module 'roadmap-elements/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
