/**
 * The printable snapshot document in a real browser: headless Chromium loads it from the running service (behind
 * its security headers), must log no error, and must paint a non-empty page on screen and in print.
 */
import { CommandBus } from '@nestjs/cqrs';
import { seedRegistry } from '@pacta/registry';
import { existsSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { KEYS, TestPacta, startPacta } from './support/pacta';

const CHROMIUM = '/usr/bin/chromium';
const FAMILY_CENTRE = 'etela-savo-family-centre-2026';

describe('the snapshot HTML in headless Chromium', () => {
  let pacta: TestPacta;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with "apt-get update && apt-get install -y chromium" (.ci/run does this)`);
    }
    pacta = await startPacta();
    await pacta.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(pacta.app.getHttpServer().address() as AddressInfo).port}`;
    await seedRegistry(pacta.app.get(CommandBus));
    await pacta
      .as('registrar')
      .post(`/v1/agreements/${FAMILY_CENTRE}/reviews`, {
        year: 2026,
        heldOn: '2026-11-15',
        meeting: 'Perhekeskuksen johtoryhmä',
        nextReviewDue: '2027-10-31',
        actions: ['Päivitetään kohtaamispaikkojen aukioloajat', 'Kutsutaan järjestöt mukaan johtoryhmään'],
        findings: [
          { obligationId: 'premises', partyId: 'rantasalmi', status: 'met', note: 'Kohtaamispaikka kirjastossa' },
          { obligationId: 'coordination', partyId: 'etela-savon-hyvinvointialue', status: 'partly-met', note: 'Koordinaattori aloitti 1.3.' },
          { obligationId: 'impact-assessment', partyId: 'rantasalmen-seurakunta', status: 'not-met' },
        ],
      })
      .expect(201);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await pacta?.close();
  });

  it.each([
    ['agreement', { agreementId: FAMILY_CENTRE }, '2026-11-23', 'Vuosikatselmus 2026 — Etelä-Savon perhekeskus'],
    ['kind', { kind: 'family-law' }, '2021-06-01', 'Perheoikeudelliset palvelut — tilanne 1.6.2021'],
  ])('renders the %s snapshot without errors, on screen and in print', async (name, scope, on, title) => {
    const made = await pacta.as('registrar').post('/v1/snapshots', { scope, on, title }).expect(201);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.setExtraHTTPHeaders({ Authorization: `Bearer ${KEYS.legal}` });
    const response = await page.goto(`${base}/v1/snapshots/${made.body.id}.html`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain(title);
    expect(await page.locator('h3', { hasText: 'Velvoitteet / Obligations' }).count()).toBeGreaterThan(0);
    // The stylesheet applied (helmet's CSP allows the inline style): the heading has the document's colour.
    // Evaluated in the page, whose DOM types this project does not compile against.
    expect(await page.evaluate('getComputedStyle(document.querySelector("h1")).color')).toBe('rgb(31, 78, 121)');

    writeFileSync(join(tmpdir(), `pacta-snapshot-${name}.html`), await page.content());
    const screenshot = await page.screenshot({ fullPage: true });
    writeFileSync(join(tmpdir(), `pacta-snapshot-${name}.png`), screenshot);
    expect(screenshot.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(screenshot.length).toBeGreaterThan(20_000);
    expect(await page.evaluate('document.documentElement.scrollHeight')).toBeGreaterThan(900);

    // Nothing is cut off at the width of an A4 page: the signed checkpoint's long signature line wraps.
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(794);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(tmpdir(), `pacta-snapshot-${name}.pdf`), pdf);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(problems).toEqual([]);
    await page.close();
  });
});
