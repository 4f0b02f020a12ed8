#!/usr/bin/env node
// The command-line tool: `medborgar-loften validate FEED…` and
// `medborgar-loften render FEED` (docs/cli.md). The code is in lib/cli/,
// compiled from src/cli/ by `npm run build` (or `tsc -p tsconfig.build.json`).
import {main} from '../lib/cli/main.js';

process.exitCode = main(process.argv.slice(2));
