// ESLint: typescript-eslint's recommended type-aware rules plus eslint-plugin-regexp, whose
// `no-super-linear-backtracking` and friends keep every pattern of the detection engine linear.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', '**/*.generated.ts', 'test/host/fixtures/build/**'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // The pure core must stay pure: no host API, no I/O.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@rocket.chat/*'], message: 'src/core is pure: adapters talk to Rocket.Chat.' },
          { group: ['fs', 'node:*', 'net', 'http', 'https', 'child_process', 'os'], message: 'src/core does no I/O.' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', 'eval/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
