import { describe } from 'vitest';
import { verifySuite } from './helpers/verify-suite.js';

describe('plan verify on pglite', () => verifySuite({ title: 'pglite', dialect: 'postgres' }));
