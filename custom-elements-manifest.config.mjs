/**
 * The Custom Elements Manifest (`dist/custom-elements.json`): one description of every element's API, read
 * from the JSDoc on the element classes. Storybook's autodocs and the VS Code custom data
 * (`dist/vscode.html-custom-data.json`, `dist/vscode.css-custom-data.json`) are generated from it.
 * Run by `npm run manifest` (`cem analyze --litelement`), which `npm run build` includes.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';

/**
 * The string unions the library declares as `export const NAMES = ['a', 'b'] as const` with
 * `export type Name = (typeof NAMES)[number]` (THEMES and Theme, LAYOUTS and Layout, SALARY_PERIODS and
 * SalaryPeriod), read from the TypeScript sources under `dir`: type name → its values.
 */
function constUnions(dir) {
  const arrays = new Map();
  const aliases = new Map();
  for (const file of readdirSync(dir, {recursive: true})) {
    if (!String(file).endsWith('.ts')) continue;
    const source = ts.createSourceFile(
      String(file),
      readFileSync(join(dir, String(file)), 'utf8'),
      ts.ScriptTarget.Latest,
    );
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          let value = declaration.initializer;
          if (value && ts.isAsExpression(value)) value = value.expression;
          if (ts.isIdentifier(declaration.name) && value && ts.isArrayLiteralExpression(value)) {
            if (value.elements.every(ts.isStringLiteral)) {
              arrays.set(
                declaration.name.text,
                value.elements.map((element) => element.text),
              );
            }
          }
        }
      } else if (ts.isTypeAliasDeclaration(statement) && ts.isIndexedAccessTypeNode(statement.type)) {
        let object = statement.type.objectType;
        if (ts.isParenthesizedTypeNode(object)) object = object.type;
        if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) {
          aliases.set(statement.name.text, object.exprName.text);
        }
      }
    }
  }
  return new Map(
    [...aliases].filter(([, array]) => arrays.has(array)).map(([type, array]) => [type, arrays.get(array)]),
  );
}

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'null', 'undefined']);

/**
 * Adds `expandedType` to each attribute: what its text may be. Unions from `constUnions` are spelled out
 * (`Theme` → `'auto' | 'light' | 'dark'`), so editors offer the values; object types are dropped, since an
 * attribute that takes an object takes it as JSON text (`string`).
 */
function expandAttributeTypes() {
  const unions = constUnions('src');
  return {
    name: 'roadmap-expand-attribute-types',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            const text = attribute.type?.text;
            if (!text) continue;
            const parts = text.split('|').map((part) => part.trim());
            const expanded = parts.flatMap((part) => {
              if (unions.has(part)) return unions.get(part).map((value) => `'${value}'`);
              if (PRIMITIVES.has(part) || /^(['"]).*\1$/.test(part) || /^\d/.test(part)) return [part];
              return ['string'];
            });
            attribute.expandedType = {text: [...new Set(expanded)].join(' | ')};
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    expandAttributeTypes(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      typesSrc: 'expandedType',
      hideMethodDocs: true,
      hideLogs: true,
    }),
  ],
};
