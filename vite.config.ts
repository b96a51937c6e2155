import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'";

/**
 * Puts the Content-Security-Policy in the built index.html only: the dev server injects
 * inline scripts for hot reloading, which this policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'faultline-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: [
      { find: /^zod$/, replacement: fileURLToPath(new URL('./src/app/zod-jitless.ts', import.meta.url)) },
      { find: /^@stdlib\/assert-has-generator-support$/, replacement: fileURLToPath(new URL('./src/app/has-generator-support.cjs', import.meta.url)) },
    ],
  },
  build: { target: 'es2022', sourcemap: false },
  // The benchmark's corpora and scratch builds hold hundreds of thousands of files, more than the system lets the dev server watch.
  server: { watch: { ignored: ['**/bench/corpus/**', '**/bench/tmp/**'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          setupFiles: ['tests/testing/setup.ts'],
          globalSetup: ['tests/testing/global-setup.ts'],
          testTimeout: 15_000,
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
