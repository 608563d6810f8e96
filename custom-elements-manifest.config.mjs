/**
 * The Custom Elements Manifest (`dist/custom-elements.json`): one description of every element's API, read
 * from the JSDoc on the element classes. Storybook's autodocs and the VS Code custom data
 * (`dist/vscode.html-custom-data.json`, `dist/vscode.css-custom-data.json`) are generated from it.
 * Run by `npm run manifest` (`cem analyze --litelement`), which `npm run build` includes.
 */
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      hideMethodDocs: true,
      hideLogs: true,
    }),
  ],
};
