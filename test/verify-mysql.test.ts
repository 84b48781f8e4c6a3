import { describeServer } from './helpers/servers.js';
import { verifySuite } from './helpers/verify-suite.js';

await describeServer('plan verify on the mysql server', 'mysql', (url) => verifySuite({ title: 'mysql server', dialect: 'mysql', url }));
