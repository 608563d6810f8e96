/** The Custom Elements Manifest, which the alias in .storybook/main.ts resolves to dist/custom-elements.json. */
declare module 'roadmap-elements/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
