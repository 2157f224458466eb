'use strict';
/** Where the checkout is and what the package is called; the n8n version tests pin by default. */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const DEFAULT_N8N_VERSION = '2.40.7';

module.exports = { ROOT, PACKAGE_NAME, DEFAULT_N8N_VERSION };
