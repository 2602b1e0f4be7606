/**
 * Writes the screenshots in docs/screenshots/ from the real app: the built renderer in Debian's
 * Chromium, a real core on a temporary data directory with the demo Kanzlei (`rsk seed --demo`:
 * demo logins, Berater, Mandanten and orders placed relative to today). Run: npm run screenshots
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { seedDemo } from '../src-main/core/services/seed/demo-seed';
import { contracts } from '../src-shared/ipc/contracts';
import { choose, field } from '../tests/e2e/support/ui';
import { launchChromium, prepareHarness, repoRoot, RskApp } from '../tests/e2e/harness/index';

const VIEWPORT = { width: 1400, height: 900 };
const outDir = path.join(repoRoot, 'docs', 'screenshots');
const DEMO_LOGIN = { username: 'admin', password: 'Demo-Kanzlei-2026' };

async function shoot(page: Page, name: string): Promise<void> {
  // No hover highlight in the picture; let transitions and late data settle.
  await page.mouse.move(700, 25);
  await page.waitForTimeout(500);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

/** One app on its own data directory and browser context; removed again afterwards. */
async function withApp(browser: Browser, fn: (app: RskApp, page: Page) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-screenshots-'));
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  const app = await RskApp.start({ context, page, dataDir });
  try {
    await fn(app, page);
    if (app.blockedRequests.length > 0) {
      throw new Error(`The app tried to reach the network: ${app.blockedRequests.join(', ')}`);
    }
  } finally {
    await app.close();
    await context.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function firstStart(app: RskApp, page: Page): Promise<void> {
  await app.open();
  const wizard = page.getByTestId('setup-wizard');
  await wizard.getByLabel('Name der Kanzlei').fill('Steuerkanzlei Sonnenschein & Partner');
  await wizard.getByLabel('Straße und Hausnummer').fill('Königsallee 12');
  await wizard.getByLabel('PLZ').fill('40212');
  await wizard.getByLabel('Ort').fill('Düsseldorf');
  await shoot(page, 'ersteinrichtung');
}

async function demoOffice(app: RskApp, page: Page): Promise<void> {
  const core = await app.currentCore();
  const seeded = await seedDemo(core.deps, core.actor);
  console.log(`seeded the demo Kanzlei: ${seeded.clients} Mandanten, ${seeded.orders} Aufträge`);

  await app.open();
  const login = page.getByTestId('login-form');
  await login.getByLabel('Benutzername').fill(DEMO_LOGIN.username);
  await login.getByLabel('Passwort').fill(DEMO_LOGIN.password);
  await shoot(page, 'anmeldung');

  await app.login(DEMO_LOGIN.username, DEMO_LOGIN.password);
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  const go = async (name: string, ready: Locator) => {
    await nav.getByRole('button', { name }).click();
    await ready.first().waitFor();
  };

  await page.getByTestId('overview-overdue-list').waitFor();
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  await shoot(page, 'uebersicht');

  await go('Mandanten', page.getByTestId('client-row'));
  await shoot(page, 'mandanten');

  await page.getByTestId('client-row').nth(2).click();
  await page.getByTestId('client-detail').waitFor();
  await page.getByRole('tab', { name: 'Steuer' }).click();
  await page.getByTestId('client-tax-numbers').waitFor();
  await shoot(page, 'mandant-detail');
  await page.keyboard.press('Escape');
  await page.getByTestId('client-detail').waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Neuer Mandant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Mandant' });
  await dialog.getByLabel('Vorname').fill('Johanna');
  await dialog.getByLabel('Nachname').fill('Sommer');
  await shoot(page, 'neuer-mandant');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await go('Aufträge', page.getByTestId('order-row'));
  await shoot(page, 'auftraege');

  const einspruch = page
    .getByTestId('order-row')
    .filter({ hasText: 'Einspruch gegen den Einkommensteuerbescheid' });
  await einspruch.first().getByRole('button').first().click();
  await page.getByTestId('due-steps').waitFor();
  await shoot(page, 'auftrag');
  await page.keyboard.press('Escape');
  await page.getByTestId('order-detail').waitFor({ state: 'hidden' });

  await page.getByRole('tab', { name: 'Kanban' }).click();
  await page.getByTestId('kanban-card').first().waitFor();
  await shoot(page, 'kanban');

  await page.getByRole('tab', { name: 'Kalender' }).click();
  await page.getByTestId('calendar-entry').first().waitFor();
  await shoot(page, 'kalender');

  await go('Vorlagen', page.getByTestId('template-row'));
  await shoot(page, 'vorlagen');

  await page.getByRole('button', { name: 'Brief erstellen' }).click();
  const letter = page.getByRole('dialog', { name: 'Brief erstellen' });
  await choose(page, field(letter, 'Vorlage'), 'Mandantenan', 'Mandantenanschreiben');
  const firstClient = await core.invoke(contracts.clients.list.channel, { limit: 1, kind: 'person' });
  if (!firstClient.ok) throw new Error(firstClient.error.message);
  const person = (firstClient.value as { items: { lastName: string | null }[] }).items[0]?.lastName ?? '';
  await choose(page, field(letter, 'Mandant'), person, new RegExp(person));
  await letter.getByLabel('Betreff (Benutzereingabe)').fill('Ihre Unterlagen für das Jahr 2026');
  await page
    .frameLocator('[data-testid="letter-preview"]')
    .locator('body')
    .getByText('Ihre Unterlagen')
    .waitFor();
  await shoot(page, 'brief');
  await page.keyboard.press('Escape');
  await letter.waitFor({ state: 'hidden' });

  await importSampleDocuments(app);
  await go('Posteingang', page.getByTestId('inbox-row'));
  await page.getByTestId('inbox-row').first().click();
  await page.getByTestId('review-form').waitFor();
  await page.getByTestId('document-preview').locator('img').first().waitFor();
  await shoot(page, 'posteingang');

  await go('Einstellungen', page.getByTestId('personal-settings'));
  await page.getByRole('tab', { name: 'Benutzer' }).click();
  await page.getByTestId('user-row').first().waitFor();
  await shoot(page, 'einstellungen');
}

/** A few text PDFs from the shared samples (when present) so the Posteingang has something to review. */
async function importSampleDocuments(app: RskApp): Promise<void> {
  const docs = path.resolve(repoRoot, '..', 'shared', 'samples', 'docs');
  const names = ['doc_020.pdf', 'doc_004.pdf', 'doc_019.pdf'].filter((name) =>
    fs.existsSync(path.join(docs, name)),
  );
  if (names.length === 0) throw new Error(`No sample documents in ${docs}`);
  const files = names.map((name) => ({
    name,
    bytes: new Uint8Array(fs.readFileSync(path.join(docs, name))),
  }));
  const result = await app.api.documents.import({ files, taskId: 'screenshots' });
  if (!result.ok) throw new Error(result.error.message);
}

async function main(): Promise<void> {
  await prepareHarness();
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    await withApp(browser, firstStart);
    await withApp(browser, demoOffice);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
