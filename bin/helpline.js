#!/usr/bin/env node
// The `helpline` command: the compiled CLI (dist/ is built by `npm install` in a checkout, and shipped in the package).
import '../dist/main.js';
