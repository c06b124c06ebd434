import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The build and dev-server tests both run Astro in this project folder (it keeps a cache in
    // .astro/), so test files run one after another; the whole suite still takes under a minute.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
