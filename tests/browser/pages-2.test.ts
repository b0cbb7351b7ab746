import { pageSuite } from './page-suite';

pageSuite(1, 2);
