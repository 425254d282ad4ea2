import { defineConfig, devices } from '@playwright/test';

// PORT=… runs a second copy of the suite beside another one (each starts its own static server).
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  workers: 2,
  // Tests, not files, are shared between the two workers (no spec keeps state between its tests): the long files
  // (quality, volunteer: 3 to 7 minutes each under load) no longer finish alone on one worker.
  fullyParallel: true,
  reporter: [['list']],
  timeout: 90_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The offline worker (1 MB precache + pages warmed in the background): only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // Specs that walk the wizard switch to a 375×812 phone with test.use (see e2e/wizard.spec.ts).
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Run `npm run build` first.
  webServer: {
    command: `node scripts/serve-static.mjs ${PORT} out`,
    url: `http://127.0.0.1:${PORT}/fr/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
