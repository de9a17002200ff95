/**
 * The OpenAPI document as a client meets it: the e2e harness holds answers to it (and fails on a wrong one), and a
 * client generated from it by openapi-typescript types real answers.
 */
import { CommandBus } from '@nestjs/cqrs';
import { seedRegistry } from '@pacta/registry';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import ts from 'typescript';
import { Contract, OpenApiDocument, contractChecked } from './support/contract';
import { KEYS, TestPacta, startPacta } from './support/pacta';
import { REPO } from './support/service';

/** Seed 000's agreement between Jyväskylä and Laukaa, one of its programme's. */
const FAMILY_LAW = 'keski-suomi-family-law-laukaa';
const FAMILY_LAW_UNIT = 'keski-suomi-family-law-unit';

describe('the OpenAPI document', () => {
  let pacta: TestPacta;
  let document: OpenApiDocument;

  beforeAll(async () => {
    pacta = await startPacta();
    document = (await pacta.http.get('/openapi.json').expect(200)).body;
    await seedRegistry(pacta.app.get(CommandBus));
  });
  afterAll(() => pacta.close());

  const registrar = (contract: Contract) => (path: string, body: object) =>
    contractChecked(request(pacta.app.getHttpServer()), contract).post(path).set('Authorization', `Bearer ${KEYS.registrar}`).send(body);

  describe('the harness that holds every e2e answer to it', () => {
    const party = (id: string) => ({ id, name: { fi: id }, type: 'municipality' });

    it('passes an answer the document states', async () => {
      await registrar(new Contract(document))('/v1/parties', party('harness-a')).expect(201);
    });

    it('fails an answer with a field the document does not state', async () => {
      const wrong = structuredClone(document);
      const writeResult = wrong.components.schemas.WriteResult as { properties: Record<string, unknown>; required: string[] };
      delete writeResult.properties.position;
      writeResult.required = writeResult.required.filter((name) => name !== 'position');
      await expect(registrar(new Contract(wrong))('/v1/parties', party('harness-b')).expect(201)).rejects.toThrow(
        /does not match #\/components\/schemas\/WriteResult[\s\S]*additional properties \(position\)/,
      );
    });

    it('fails a status the document does not list', async () => {
      const wrong = structuredClone(document);
      delete wrong.paths['/v1/parties'].post.responses['409'];
      await expect(registrar(new Contract(wrong))('/v1/parties', party('harness-a')).expect(409)).rejects.toThrow(/a status the document does not list/);
    });

    it('fails a media type the document does not name, and a route it does not have', () => {
      const contract = new Contract(document);
      expect(contract.check('GET', '/health', 200, 'text/plain', 'ok')).toMatch(/as text\/plain, but the document says application\/json/);
      expect(contract.check('DELETE', '/v1/parties/kunta', 200, 'application/json', '{}')).toMatch(/has no operation DELETE/);
      expect(contract.check('GET', '/health', 200, 'application/json; charset=utf-8', '{"status":"ok","position":1}')).toBeUndefined();
    });
  });

  it('offers an API key or an identity-provider token on every keyed operation, and states both schemes', () => {
    const schemes = (document as unknown as { components: { securitySchemes: Record<string, { scheme?: string; bearerFormat?: string }> } }).components.securitySchemes;
    expect(schemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.identityProviderToken).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method} ${path}`, security: (operation as unknown as { security: object[] }).security })),
    );
    const keyed = operations.filter(({ security }) => security.length > 0);
    expect(keyed.length).toBeGreaterThan(20);
    for (const { route, security } of keyed) {
      expect([route, security]).toEqual([route, expect.arrayContaining([{ apiKey: [] }, { identityProviderToken: [] }])]);
    }
  });

  it("passes @redocly/cli lint with its recommended rules (redocly.yaml)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacta-lint-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
      const lint = spawnSync(
        process.execPath,
        [join(REPO, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', join(dir, 'openapi.json'), '--config', join(REPO, 'redocly.yaml'), '--format', 'stylish'],
        { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
      );
      expect([lint.status, `${lint.stdout}${lint.stderr}`]).toEqual([0, expect.stringMatching(/valid/)]);
      expect(`${lint.stdout}${lint.stderr}`).not.toMatch(/warning/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates a client whose types take real answers and give their fields types', async () => {
    const auditor = pacta.as('auditor');
    const obligations = (await auditor.get('/v1/parties/joutsa/obligations?on=2021-03-01').expect(200)).body;
    for (const [i, partyId] of ['hankasalmi', 'joutsa', 'keuruu', 'luhanka', 'multia', 'petajavesi', 'saarikka', 'toivakka', 'uurainen', 'wiitaunioni', 'laukaa', 'muurame', 'aanekoski'].entries()) {
      await pacta.as('registrar').post(`/v1/parties/${partyId}/populations`, { year: 2020, population: 1000 + i, source: 'test figure' }).expect(201);
    }
    const costShares = (await auditor.get(`/v1/agreements/${FAMILY_LAW}/cost-shares?year=2021&total=100000.00`).expect(200)).body;
    const unitShares = (await auditor.get(`/v1/programmes/${FAMILY_LAW_UNIT}/cost-shares?year=2021&total=100000.00`).expect(200)).body;
    const verification = (await auditor.get('/v1/audit/verify').expect(200)).body;
    expect(obligations.obligations.length).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), 'pacta-client-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
      execFileSync(process.execPath, [join(REPO, 'node_modules/openapi-typescript/bin/cli.js'), join(dir, 'openapi.json'), '-o', join(dir, 'pacta.d.ts')], {
        stdio: 'pipe',
      });
      // Each real answer is an object literal of its generated type, so a field the type lacks is an error too; the
      // reads below fail to compile if an answer is untyped (`content?: never`) or a field is not what it says.
      writeFileSync(
        join(dir, 'client.ts'),
        `import type { operations } from './pacta';
const page: operations['listPartyObligations']['responses'][200]['content']['application/json'] = ${JSON.stringify(obligations)};
const shares: operations['getCostShares']['responses'][200]['content']['application/json'] = ${JSON.stringify(costShares)};
const unitShares: operations['getProgrammeCostShares']['responses'][200]['content']['application/json'] = ${JSON.stringify(unitShares)};
const verification: operations['verifyLog']['responses'][200]['content']['application/json'] = ${JSON.stringify(verification)};
const obligationId: string = page.obligations[0].obligationId;
const validTo: string | null = page.obligations[0].validTo;
const fi: string = page.obligations[0].description.fi;
const asOf: number | null = page.asOfPosition;
const next: string | null = page.next;
const amount: string = shares.shares[0].amount;
const population: number = shares.shares[0].population;
const counted: string[] = unitShares.agreementIds;
const ok: boolean = verification.ok;
const heads: string = verification.heads;
const reasons: ('hash-mismatch' | 'prev-hash-mismatch' | 'revision-gap' | 'position-not-increasing' | 'not-canonicalizable' | 'out-of-order' | 'unreadable')[] = verification.broken.map((b) => b.reason);
export const read = [obligationId, validTo, fi, asOf, next, amount, population, counted, ok, heads, reasons];
`,
      );
      const program = ts.createProgram([join(dir, 'client.ts')], { strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022 });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
