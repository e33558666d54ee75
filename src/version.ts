import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './config.ts';

/** claimgraph's version, from package.json. */
export const VERSION: string = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string }).version;
