import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'screenshots/**', 'artifacts/**', 'test-results/**'] },
  {
    // The rules module must run under plain Node: no UI imports (design §2.1).
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'next', 'next/*', 'i18next', '@/components/*', '@/app/*'] }],
    },
  },
];
export default config;
