import { pageSuite } from './page-suite';

pageSuite(0, 2);
