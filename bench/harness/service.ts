/** The API keys the bench's service accepts, one for each role the loads use. */
export const BENCH_KEYS = { registrar: 'bench-registrar-key-000000001', legal: 'bench-legal-key-00000000000001' };

/** The environment of the production service (or the bench's app) on a data directory, without rate limits. */
export function serviceEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PACTA_DATA_DIR: dataDir,
    PACTA_API_KEYS: `registrar:${BENCH_KEYS.registrar},legal:${BENCH_KEYS.legal}`,
    PACTA_RATE_LIMIT: '0',
    PACTA_LOG_LEVEL: 'warn',
    PACTA_READ_MODELS_FILE: '',
  };
}
