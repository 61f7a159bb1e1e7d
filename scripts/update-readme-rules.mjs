#!/usr/bin/env node
// Regenerates the rules table in README.md from the rule modules (npm run readme:rules).
import fs from 'node:fs';
import { renderRulesMarkdown } from '../dist/rules/catalog.js';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const readme = fs.readFileSync('README.md', 'utf8');
const [head, rest] = readme.split(START);
const tail = rest.slice(rest.indexOf(END));
fs.writeFileSync('README.md', `${head}${START}\n${renderRulesMarkdown()}\n${tail}`);
