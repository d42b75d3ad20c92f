// eslint.config.mjs - lint rules for the extension and its tests: typescript-eslint's type-checked
// recommended set, plus a few rules that keep the client code explicit.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export default tseslint.config(
    { ignores: ['dist/**', 'out/**', 'node_modules/**', 'server/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
        files: ['**/*.ts'],
        languageOptions: {
            parserOptions: {
                project: ['./tsconfig.json', './test/tsconfig.json'],
                tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
            },
        },
        rules: {
            eqeqeq: 'error',
            curly: 'error',
            '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
            '@typescript-eslint/no-floating-promises': [
                'error',
                {
                    // node:test's test() returns a promise the runner itself awaits
                    allowForKnownSafeCalls: [
                        { from: 'package', name: ['test', 'describe', 'it'], package: 'node:test' },
                    ],
                },
            ],
            '@typescript-eslint/switch-exhaustiveness-check': 'error',
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
        },
    },
    {
        files: ['**/*.mjs'],
        ...tseslint.configs.disableTypeChecked,
        languageOptions: {
            globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
        },
    },
);
