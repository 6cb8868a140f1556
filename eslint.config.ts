// ESLint: the rules that catch mistakes (ESLint's and typescript-eslint's recommended sets, Astro's for the
// components), on every .ts file and every .astro component. How the code looks is Prettier's (.prettierrc.json),
// so there is no stylistic rule here. `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Built output, dependencies, byte-exact fixtures; and the preflight, plain JavaScript on purpose for the old Node of a
  // fresh machine (tests/unit/typescript.test.ts).
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tests/fixtures/', 'public/', '.ci/preflight.mjs'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // A leading underscore says "unused on purpose" (a parameter a signature needs, a part left out of a destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The tests walk JSON no type describes (structured data, annotations, feeds as the built site serves them).
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
