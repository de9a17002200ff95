import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, eventStore: 'sqlite', apiKeys: [], rateLimitPerMinute: 6000, failedKeysPerMinute: 60, logLevel: 'info' });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', PACTA_EVENT_STORE: 'postgres', PACTA_API_KEYS: 'root:abcdefghijklmnop', PACTA_RATE_LIMIT: '-1', PACTA_FAILED_KEY_LIMIT: 'many' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('PACTA_EVENT_STORE');
      expect(message).toContain('PACTA_API_KEYS');
      expect(message).toContain('PACTA_RATE_LIMIT');
      expect(message).toContain('PACTA_FAILED_KEY_LIMIT');
    }
  });

  it('names a checkpoint origin of two lines, a key name with a space and a signing key that is not one', () => {
    expect(loadConfig({}).transparencyLog).toEqual({ origin: 'pacta', key: undefined, keyFile: undefined, keyName: undefined });
    const problems = () => loadConfig({ PACTA_LOG_ORIGIN: 'pacta\nforged', PACTA_LOG_KEY_NAME: 'my key', PACTA_LOG_KEY: 'PRIVATE+KEY+pacta+00000000+AAAA' });
    expect(problems).toThrow(ConfigError);
    expect(problems).toThrow(/PACTA_LOG_ORIGIN[^]*PACTA_LOG_KEY_NAME[^]*PACTA_LOG_KEY: the signer key is not an Ed25519 key/);
  });

  it('needs a connection string for EventStoreDB', () => {
    expect(() => loadConfig({ PACTA_EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
  });

  it('reads the identity provider, with the default claim names, and needs its audience', () => {
    expect(loadConfig({ PACTA_OIDC_ISSUER: 'https://login.example.fi/realms/pacta', PACTA_OIDC_AUDIENCE: 'pacta' }).oidc).toEqual({
      issuer: 'https://login.example.fi/realms/pacta',
      audience: 'pacta',
      jwksUrl: undefined,
      roleClaim: 'pacta_role',
      partyClaim: 'pacta_parties',
    });
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(() => loadConfig({ PACTA_OIDC_ISSUER: 'https://login.example.fi' })).toThrow(/PACTA_OIDC_AUDIENCE/);
  });

  it('takes the identity provider only over https, except on this machine', () => {
    expect(() => loadConfig({ PACTA_OIDC_ISSUER: 'http://login.example.fi', PACTA_OIDC_AUDIENCE: 'pacta' })).toThrow(/PACTA_OIDC_ISSUER must be an https URL/);
    expect(() => loadConfig({ PACTA_OIDC_ISSUER: 'https://login.example.fi', PACTA_OIDC_AUDIENCE: 'pacta', PACTA_OIDC_JWKS_URL: 'http://keys.example.fi' })).toThrow(/PACTA_OIDC_JWKS_URL/);
    expect(loadConfig({ PACTA_OIDC_ISSUER: 'http://127.0.0.1:8080', PACTA_OIDC_AUDIENCE: 'pacta' }).oidc?.issuer).toBe('http://127.0.0.1:8080');
  });
});
