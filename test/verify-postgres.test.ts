import { describeServer } from './helpers/servers.js';
import { verifySuite } from './helpers/verify-suite.js';

await describeServer('plan verify on the postgres server', 'postgres', (url) => verifySuite({ title: 'postgres server', dialect: 'postgres', url }));
