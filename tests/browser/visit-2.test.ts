import { visitSuite } from './visit';

visitSuite(1, 2);
