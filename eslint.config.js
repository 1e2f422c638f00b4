// @ts-check
/**
 * Lint: ESLint's recommended rules, typescript-eslint's recommended rules for
 * TypeScript (also inside .astro frontmatter) and eslint-plugin-astro's
 * recommended rules. `npm run lint` runs it with --max-warnings 0.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'bench/tmp/', 'src/env.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
