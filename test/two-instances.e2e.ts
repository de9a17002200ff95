import { describeTwoInstances } from './support/two-instances';

describeTwoInstances('SQLite data directory', { env: async () => ({}) });
