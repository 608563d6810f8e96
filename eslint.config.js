import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'storybook-static/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'lit/no-template-arrow': 'off',
      // Our elements register through one guarded helper (src/register.ts), never in the class module.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['scripts/**', 'test/node/**', '*.config.{js,ts,mjs}', 'web-test-runner.config.js'],
    languageOptions: {globals: {...globals.node}},
  },
);
