/**
 * Writes the screenshots in docs/screenshots/ from the real app: the built renderer in Debian's
 * Chromium, a real core on a temporary data directory with demo data. Run: npm run screenshots
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Core } from '../src-main/core/index';
import type { CreateClientInput } from '../src-shared/ipc/contracts/clients';
import { launchChromium, prepareHarness, repoRoot, RskApp } from '../tests/e2e/harness/index';

const VIEWPORT = { width: 1400, height: 900 };
const outDir = path.join(repoRoot, 'docs', 'screenshots');

// Used only when the core has no demo seed yet.
const fallbackClients: CreateClientInput[] = [
  ...[
    ['Anna', 'Müller'],
    ['Jürgen', 'Schäfer'],
    ['Özlem', 'Yıldırım'],
    ['Hans-Peter', 'Weiß'],
    ['Marie', 'Großmann'],
    ['Kim', 'Weber'],
    ['Friedrich', 'von Bülow'],
    ['Lena', 'Krüger'],
    ['Thomas', 'Becker'],
    ['Sabine', 'Schmitz'],
    ['Mehmet', 'Demir'],
    ['Ursula', 'Fuchs'],
    ['Paul', 'Zimmermann'],
    ['Greta', 'Lorenz'],
    ['Tobias', 'Hartmann'],
    ['Claudia', 'Neumann'],
    ['Andrzej', 'Kowalski'],
    ['Sophie', 'Schulz'],
  ].map(([firstName, lastName]): CreateClientInput => ({
    kind: 'person',
    firstName,
    lastName: lastName ?? '',
  })),
  ...[
    'Bäckerei Schröder GmbH',
    'Elektro Wagner e.K.',
    'Müller & Partner Steuerberatungsgesellschaft mbB',
    'Nordsee Fisch Handels GmbH',
    'Weinhaus Rheinblick KG',
    'Zahnarztpraxis Dr. Lehmann',
    'Autohaus Brandt GmbH & Co. KG',
    'Schreinerei Holzmann',
    'Grünwald Immobilien UG (haftungsbeschränkt)',
    'Hotel Alpenblick GmbH',
    'IT-Service Krause',
    'Physiotherapie am Markt GbR',
  ].map((companyName): CreateClientInput => ({ kind: 'company', companyName })),
];

async function seed(core: Core): Promise<string> {
  const seedFile = path.join(repoRoot, 'src-main', 'core', 'services', 'seed', 'demo-seed.ts');
  if (fs.existsSync(seedFile)) {
    const seedModule = (await import(pathToFileURL(seedFile).href)) as {
      seedDemo?: (deps: Core['deps'], actor: Core['actor']) => unknown;
    };
    if (typeof seedModule.seedDemo === 'function') {
      await seedModule.seedDemo(core.deps, core.actor);
      return 'seedDemo';
    }
  }
  for (const input of fallbackClients) {
    const result = await core.invoke('clients:create', input);
    if (!result.ok) throw new Error(`Seeding failed: ${result.error.message}`);
  }
  return `${fallbackClients.length} clients through clients:create`;
}

async function shoot(page: Page, name: string): Promise<void> {
  // No hover highlight in the picture; let transitions and late data settle.
  await page.mouse.move(700, 25);
  await page.waitForTimeout(400);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

async function main(): Promise<void> {
  await prepareHarness();
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-screenshots-'));
  const browser = await launchChromium();
  let app: RskApp | undefined;
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const page = await context.newPage();
    app = await RskApp.start({ context, page, dataDir });
    console.log(`seeded with ${await seed(await app.currentCore())}`);
    await app.open();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });

    await page.getByTestId('overview-client-count').filter({ hasNotText: '–' }).waitFor();
    await shoot(page, 'uebersicht');

    await nav.getByRole('button', { name: 'Mandanten' }).click();
    await page.getByTestId('client-row').first().waitFor();
    await shoot(page, 'mandanten');

    await page.getByRole('button', { name: 'Neuer Mandant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Mandant' });
    await dialog.waitFor();
    await dialog.getByLabel('Vorname').fill('Johanna');
    await dialog.getByLabel('Nachname').fill('Sommer');
    await shoot(page, 'neuer-mandant');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await nav.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByTestId('settings-db-status').filter({ hasNotText: '–' }).waitFor();
    await shoot(page, 'einstellungen');

    if (app.blockedRequests.length > 0) {
      throw new Error(`The app tried to reach the network: ${app.blockedRequests.join(', ')}`);
    }
  } finally {
    await app?.close();
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
