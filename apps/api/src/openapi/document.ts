import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { componentSchemas } from './schemas';

export const API_KEY_SCHEME = 'apiKey';
export const API_KEY_IN_QUERY_SCHEME = 'apiKeyInQuery';
export const TOKEN_SCHEME = 'identityProviderToken';

const TAGS: [string, string][] = [
  ['parties', 'Municipalities, wellbeing services counties and other bodies that are parties to agreements'],
  ['agreements', 'Agreements, their versions, decisions, signatures, reviews and cost shares'],
  ['programmes', "A host's service each party joins by an agreement of its own, and the parties that declined it"],
  ['obligations', 'What each party must do on a date, on both time axes'],
  ['deadlines', 'Dates parties must act on, as JSON or as an iCalendar feed'],
  ['snapshots', 'Reproducible status documents for review meetings'],
  ['audit', 'The event log, its export and the verification of its hash chain'],
  ['health', 'Liveness of the service'],
];

/**
 * The OpenAPI document of the running application, built once at start: the controllers' decorators, then the
 * answers' schemas (see schemas.ts) as components.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Pacta')
    .setDescription('Registry of cooperation agreements between Finnish public bodies')
    .setVersion('1')
    // As package.json says; npm's documentation says what UNLICENSED means (no SPDX licence does).
    .setLicense('UNLICENSED', 'https://docs.npmjs.com/cli/configuring-npm/package-json#license')
    .addServer('/', 'this instance')
    .addSecurity(API_KEY_SCHEME, {
      type: 'http',
      scheme: 'bearer',
      description:
        'An opaque API key (not a JWT) with one role (registrar, legal or auditor) and, optionally, the parties it acts for. ' +
        'Send it as `Authorization: Bearer <key>`. Keys are configured with PACTA_API_KEYS (`registrar@rantasalmi:<key>`), ' +
        'created with `pacta keys create --role registrar --party rantasalmi`, or created on first start and shown once.',
    })
    .addSecurity(TOKEN_SCHEME, {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        "An access token from the organisation's identity provider (PACTA_OIDC_ISSUER, audience PACTA_OIDC_AUDIENCE), " +
        'signed with an asymmetric algorithm and a `kid` from its JWKS. The role is the `pacta_role` claim, the parties the ' +
        '`pacta_parties` claim (an array of party ids; `["*"]` for every party); a registrar token without it may not write.',
    })
    .addSecurity(API_KEY_IN_QUERY_SCHEME, {
      type: 'apiKey',
      in: 'query',
      name: 'key',
      description: 'The same API key as `?key=`, only on the calendar feed: calendar programs subscribe by URL and cannot send Authorization',
    });
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build());
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...componentSchemas() } };
  // A route without @Access is @Public (the access guard closes any other): say so, rather than leave it unsaid.
  for (const operation of Object.values(document.paths).flatMap((item) => Object.values(item) as { security?: unknown[] }[])) {
    operation.security ??= [];
  }
  return document;
}
