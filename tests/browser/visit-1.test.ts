import { visitSuite } from './visit';

visitSuite(0, 2);
