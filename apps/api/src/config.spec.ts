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

  it('needs a connection string for EventStoreDB', () => {
    expect(() => loadConfig({ PACTA_EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
  });
});
