import type { ESLint } from 'eslint';

export declare const moduleBoundaries: ESLint.Plugin;
