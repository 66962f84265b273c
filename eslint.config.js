// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'neo4j/launcher/**',
      '.data/**',
      'server/scratch/**',
      'bench/results/**',
      // Written by `npm run codegen` (codegen.ts); checked for staleness by npm test.
      '**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules: each file is checked with the tsconfig that builds it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Apollo's plugin hooks and test callbacks are typed to return promises, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        {
          // Percent-encodes non-ASCII and spaces, so a checkout under /home/张三/ breaks.
          selector: "MemberExpression[property.name='pathname'][object.type='NewExpression'][object.callee.name='URL']",
          message: 'Use fileURLToPath(new URL(…)) instead of new URL(…).pathname.',
        },
      ],
    },
  },
  {
    // Plain JavaScript (this file, CommonJS helpers) is outside the TypeScript programs.
    files: ['**/*.{js,cjs,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
