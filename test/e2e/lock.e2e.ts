// The passphrase lock in the built extension: turned on in the options page, the data at rest is
// ciphertext, the side panel asks for the passphrase, a wrong one changes nothing, it locks again
// after the idle minutes, a backup exported while locked-on is sealed, and a passphrase changed in
// another window makes an open panel ask for the new one.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './browser.mjs';

const PASSPHRASE = 'maple canyon ledger 42';
// Facts of the example case that must never be readable at rest once the lock is on.
const SECRETS = ['Jordan', 'Rivera', 'W123456789', '1749583021'];

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

/** Every row of the extension's IndexedDB, read raw (no Dexie, no decryption), as one string. */
const rawDatabase = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('sca-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'meta');
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => (out[n] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
        };
      }),
  );

const caseButton = (panel: Page) =>
  panel.getByRole('list', { name: 'Cases' }).getByRole('button', { name: 'Jordan Rivera - ABA - Aetna', exact: true });

it('encrypts the cases at rest, unlocks only with the passphrase, locks after the idle time, seals backups', async () => {
  const panel = await s.openSidePanelPage();
  await panel.getByRole('button', { name: 'Load example case' }).first().click();
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  // Before the lock, the rows are readable (so the check below can fail).
  const plain = await rawDatabase(panel);
  expect(SECRETS.filter((x) => plain.includes(x))).toEqual(SECRETS);
  await panel.close();

  // Turn the lock on in the options page, locking after 1 idle minute.
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await options.getByLabel('Lock the side panel after this many idle minutes').fill('1');
  await options.getByLabel('New passphrase').fill(PASSPHRASE);
  await options.getByLabel('Type it again').fill(PASSPHRASE);
  await options.getByRole('button', { name: 'Turn on the lock' }).click();
  await options.getByRole('status').filter({ hasText: 'The lock is on' }).waitFor({ timeout: 20_000 });
  const sealed = await rawDatabase(options);
  expect(SECRETS.filter((x) => sealed.includes(x))).toEqual([]);
  await options.close();

  // The side panel asks first; the page holds no case data while locked.
  const locked = await s.context.newPage();
  await locked.clock.install();
  await locked.goto(s.sidePanelUrl());
  await locked.getByRole('heading', { name: 'SCA Assistant is locked' }).waitFor();
  const lockedHtml = await locked.content();
  expect(SECRETS.filter((x) => lockedHtml.includes(x))).toEqual([]);

  // A wrong passphrase: a clear message, and nothing changed at rest.
  await locked.getByLabel('Passphrase').fill('maple canyon ledger 43');
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await locked.getByRole('alert').waitFor();
  expect(await rawDatabase(locked)).toBe(sealed);

  await locked.getByLabel('Passphrase').fill(PASSPHRASE);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  // The right one opens the cases, at the active case as before.
  await locked.getByRole('heading', { name: 'Case details' }).waitFor();
  expect(await locked.getByLabel('Member ID').inputValue()).toBe('W123456789');
  await locked.getByRole('tab', { name: 'Cases', exact: true }).click();
  await caseButton(locked).waitFor();

  // A backup exported with the lock on is sealed too.
  const [download] = await Promise.all([locked.waitForEvent('download'), locked.getByRole('button', { name: 'Export all' }).click()]);
  const backup = await readFile((await download.path())!, 'utf8');
  expect(backup.length).toBeGreaterThan(100);
  expect(SECRETS.filter((x) => backup.includes(x))).toEqual([]);

  // After a minute without activity the panel locks and forgets what it showed.
  await locked.clock.fastForward('01:05');
  await locked.getByRole('heading', { name: 'SCA Assistant is locked' }).waitFor();
  const relockedHtml = await locked.content();
  expect(SECRETS.filter((x) => relockedHtml.includes(x))).toEqual([]);

  // "Lock" in the header locks at once.
  await locked.getByLabel('Passphrase').fill(PASSPHRASE);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await locked.getByRole('heading', { name: 'Case details' }).waitFor();
  await locked.getByRole('button', { name: 'Lock', exact: true }).click();
  await locked.getByRole('heading', { name: 'SCA Assistant is locked' }).waitFor();
});

// Runs after the test above, with the lock it turned on.
it('asks an open side panel for the new passphrase after it was changed in another window', async () => {
  const NEW_PASSPHRASE = 'harbor violet spruce 7';
  const panel = await s.openSidePanelPage();
  await panel.getByLabel('Passphrase').fill(PASSPHRASE);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();

  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  // The settings page holds no key of its own until the passphrase is typed there too.
  await options.getByRole('heading', { name: 'SCA Assistant is locked' }).waitFor();
  await options.getByLabel('Passphrase').fill(PASSPHRASE);
  await options.getByRole('button', { name: 'Unlock' }).click();
  await options.getByLabel('Current passphrase').fill(PASSPHRASE);
  await options.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
  await options.getByLabel('Type it again').fill(NEW_PASSPHRASE);
  await options.getByRole('button', { name: 'Change passphrase' }).click();
  await options.getByRole('status').filter({ hasText: 'The passphrase was changed' }).waitFor({ timeout: 20_000 });
  const resealed = await rawDatabase(options);
  await options.close();

  // The panel's key opens nothing any more: it locks and says why, not "wrong passphrase".
  await panel.getByRole('heading', { name: 'SCA Assistant is locked' }).waitFor();
  await panel.getByRole('status').filter({ hasText: 'The passphrase was changed in another window' }).waitFor();
  await panel.getByLabel('Passphrase').fill(PASSPHRASE);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await panel.getByRole('alert').waitFor();
  await panel.getByLabel('Passphrase').fill(NEW_PASSPHRASE);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  expect(await panel.getByLabel('Member ID').inputValue()).toBe('W123456789');
  // Nothing was written with the old key meanwhile.
  expect(await rawDatabase(panel)).toBe(resealed);
  await panel.close();
});

// Runs after the tests above, with the passphrase they set.
it('locks every open extension page at once: "Lock" in the side panel locks a letter tab and the settings too', async () => {
  const PASSPHRASE_NOW = 'harbor violet spruce 7';
  const unlockHere = async (page: Page) => {
    await page.getByLabel('Passphrase').fill(PASSPHRASE_NOW);
    await page.getByRole('button', { name: 'Unlock' }).click();
  };
  const panel = await s.openSidePanelPage();
  await unlockHere(panel);
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  const letter = await s.context.newPage();
  await letter.goto(`chrome-extension://${s.extensionId}/letter.html?caseId=case-complete-aba&template=request-letter&voice=provider`);
  await unlockHere(letter);
  await letter.locator('.re').getByText('Member: Jordan Rivera').waitFor();
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await unlockHere(options);
  await options.getByLabel('Current passphrase').waitFor();

  await panel.getByRole('button', { name: 'Lock', exact: true }).click();
  for (const page of [panel, letter, options]) {
    await page.getByRole('heading', { name: 'SCA Assistant is locked' }).waitFor();
    const html = await page.content();
    expect(SECRETS.filter((x) => html.includes(x))).toEqual([]);
  }
  for (const page of [panel, letter, options]) await page.close();
});
