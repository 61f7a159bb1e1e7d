/**
 * Every evt command on every case of fixtures/hostile/: exact exit codes, the exact first stderr
 * line of every exit 2, the exact lint findings (rule id, file, pointer, position, message), and
 * never a stack trace or a hang. The commands run in two driver processes (test/hostile/driver.mjs),
 * so an abort or a hang in evt fails these tests instead of killing the test worker.
 *
 * codes: lint, lintText (text reporter), check, diff (repo), initStdout, then on a writable copy
 * init, new order.refunded, approve, relint (lint after all that); for cases with a hostile schema
 * file also diffFiles (evt diff placed.json hostile.json) and versionedCheck (the file as v2 of an
 * event whose v1 is clean, through evt check). A string is "2 <first stderr line>".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { HOSTILE_CASES, NO_NETWORK, findingLines, hostileCase, isCleanStderr } from './helpers.js';

/** An exit code, "2 <first stderr line>", or null for a known crash (see KNOWN_CRASHES). */
type Code = number | string | null;
interface Expected {
  codes: Record<string, Code>;
  findings: string[] | null;
}

/**
 * Known crashes in other modules, as `case command`: these tests assert "no internal error" and are
 * marked it.fails until the module is fixed (then vitest reports them, and the exact exit code
 * belongs in EXPECTED instead of the null there). Empty: the diff-engine crashes once listed here
 * (yaml-1-1-merge, ref-root-self, diff-proto-keyword) are fixed; see test/diff/hostile-input.test.ts.
 */
const KNOWN_CRASHES = new Set<string>([]);

const EXPECTED: Record<string, Expected> = {
  'config-alias-bomb': {
    codes: {
      lint: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      lintText: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      check: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      diff: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      initStdout: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      init: '2 evt: evt.config.yaml already exists',
      'new': '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      approve: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
      relint: '2 evt: evt.config.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
    },
    findings: null,
  },
  'config-evil-pattern': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: '2 evt: evt.config.yaml already exists',
      'new': 0,
      approve: 0,
      relint: 0,
    },
    findings: [
      'name-pattern evt.config.yaml /naming/pattern - naming.pattern "^(a+)+$" ran over 250 ms on "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (catastrophic backtracking); names were not checked against it',
      'name-segment-case schemas/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!.schema.json # 1:1 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!": segment "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is not snake_case',
      'name-segment-count schemas/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!.schema.json # 1:1 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" has 1 segment; names need at least 2',
    ],
  },
  'config-invalid-pattern': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: '2 evt: evt.config.yaml already exists',
      'new':
        '2 evt: invalid event name: naming.pattern "([a-z" is not a valid regular expression: Invalid regular expression: /([a-z/: Unterminated character class [name-pattern]',
      approve: 0,
      relint: 0,
    },
    findings: [
      'name-pattern evt.config.yaml /naming/pattern - naming.pattern "([a-z" is not a valid regular expression: Invalid regular expression: /([a-z/: Unterminated character class',
    ],
  },
  'config-invalid-yaml': {
    codes: {
      lint: '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      lintText:
        '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      check:
        '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      diff: '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      initStdout:
        '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      init: '2 evt: evt.config.yaml already exists',
      'new':
        '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      approve:
        '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      relint:
        '2 evt: evt.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
    findings: null,
  },
  'config-unknown-key': {
    codes: {
      lint: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      lintText: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      check: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      diff: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      initStdout: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      init: '2 evt: evt.config.yaml already exists',
      'new': '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      approve: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
      relint: '2 evt: evt.config.yaml: unknown key "naming.maxLenght"; did you mean "naming.maxLength"?',
    },
    findings: null,
  },
  'config-wrong-type': {
    codes: {
      lint: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      lintText: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      check: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      diff: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      initStdout: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      init: '2 evt: evt.config.yaml already exists',
      'new': '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      approve: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
      relint: '2 evt: evt.config.yaml: "naming.maxLength" must be integer',
    },
    findings: null,
  },
  'diff-proto-keyword': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'dir-as-schema': {
    codes: { lint: 1, lintText: 1, check: 1, diff: 0, initStdout: 0, init: 0, 'new': 0, approve: 0, relint: 0 },
    findings: ['repo-file-skipped schemas/order.shipped.schema.json # - skipped: a directory, not a file'],
  },
  'draft-not-a-string': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-draft-unknown schemas/order.shipped.schema.json /$schema 2:3 unknown $schema {"$ref":"x"}; evt does not fetch meta-schemas',
    ],
  },
  'draft-remote-meta': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-draft-unknown schemas/order.shipped.schema.json /$schema 2:3 unknown $schema "https://example.com/my-meta-schema.json"; evt does not fetch meta-schemas',
    ],
  },
  'draft-unknown': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-draft-unknown schemas/order.shipped.schema.json /$schema 2:3 unknown $schema "http://json-schema.org/draft-99/schema#"; evt does not fetch meta-schemas',
    ],
  },
  'json-bom': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 0,
      versionedCheck: 1,
    },
    findings: [],
  },
  'json-comments': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/json-comments/schemas/order.shipped.schema.json:2:3: comments are not allowed in JSON',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 2:3 JSON syntax error at 2:3: comments are not allowed in JSON',
    ],
  },
  'json-control-in-string': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/json-control-in-string/schemas/order.shipped.schema.json:2:14: control character in a string (escape it)',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 2:14 JSON syntax error at 2:14: control character in a string (escape it)',
    ],
  },
  'json-duplicate-escaped-key': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-duplicate-key schemas/order.shipped.schema.json /type 3:3 duplicate key "type" at 3:3 (/type); parsers disagree on which one wins',
    ],
  },
  'json-duplicate-key': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-duplicate-key schemas/order.shipped.schema.json /properties/id 5:5 duplicate key "id" at 5:5 (/properties/id); parsers disagree on which one wins',
    ],
  },
  'json-empty': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: '2 evt: fixtures/hostile/json-empty/schemas/order.shipped.schema.json:1:1: empty file',
      versionedCheck: 1,
    },
    findings: ['schema-parse schemas/order.shipped.schema.json # 1:1 JSON syntax error at 1:1: empty file'],
  },
  'json-huge-numbers': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-meta-valid schemas/order.shipped.schema.json /properties/n/multipleOf 4:67 /properties/n/multipleOf must be > 0',
    ],
  },
  'json-not-utf8': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/json-not-utf8/schemas/order.shipped.schema.json:2:16: file has a byte that is not UTF-8 (0xe9) at 2:16; schemas must be UTF-8',
      versionedCheck: 1,
    },
    findings: [
      'schema-not-utf8 schemas/order.shipped.schema.json # 2:16 file has a byte that is not UTF-8 (0xe9) at 2:16; schemas must be UTF-8',
    ],
  },
  'json-nul-byte': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        "2 evt: fixtures/hostile/json-nul-byte/schemas/order.shipped.schema.json:2:19: expected ',' or '}', found control character U+0000",
      versionedCheck: 1,
    },
    findings: [
      "schema-parse schemas/order.shipped.schema.json # 2:19 JSON syntax error at 2:19: expected ',' or '}', found control character U+0000",
    ],
  },
  'json-proto-keys': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-unknown-keyword schemas/order.shipped.schema.json /__proto__ 3:3 unknown keyword "__proto__" in draft 2020-12',
    ],
  },
  'json-single-quotes': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        "2 evt: fixtures/hostile/json-single-quotes/schemas/order.shipped.schema.json:2:3: expected a double-quoted member name, found '''",
      versionedCheck: 1,
    },
    findings: [
      "schema-parse schemas/order.shipped.schema.json # 2:3 JSON syntax error at 2:3: expected a double-quoted member name, found '''",
    ],
  },
  'json-trailing-comma': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        "2 evt: fixtures/hostile/json-trailing-comma/schemas/order.shipped.schema.json:3:21: trailing comma before ']'",
      versionedCheck: 1,
    },
    findings: [
      "schema-parse schemas/order.shipped.schema.json # 3:21 JSON syntax error at 3:21: trailing comma before ']'",
    ],
  },
  'json-truncated': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/json-truncated/schemas/order.shipped.schema.json:4:21: unterminated string (the file ends before its closing quote)',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 4:21 JSON syntax error at 4:21: unterminated string (the file ends before its closing quote)',
    ],
  },
  'json-utf16': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/json-utf16/schemas/order.shipped.schema.json:1:1: file is UTF-16 (it starts with a UTF-16 byte-order mark) at 1:1; schemas must be UTF-8',
      versionedCheck: 1,
    },
    findings: [
      'schema-not-utf8 schemas/order.shipped.schema.json # 1:1 file is UTF-16 (it starts with a UTF-16 byte-order mark) at 1:1; schemas must be UTF-8',
    ],
  },
  'json-whitespace-only': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: '2 evt: fixtures/hostile/json-whitespace-only/schemas/order.shipped.schema.json:1:1: empty file',
      versionedCheck: 1,
    },
    findings: ['schema-parse schemas/order.shipped.schema.json # 1:1 JSON syntax error at 1:1: empty file'],
  },
  'names-lookalike': {
    codes: { lint: 1, lintText: 1, check: 1, diff: 0, initStdout: 0, init: 0, 'new': 0, approve: 0, relint: 0 },
    findings: [
      'name-near-duplicate schemas/order..placed.schema.json # 1:1 "order..placed" differs from "order.placed" only by case or separators',
      'name-near-duplicate schemas/order.placed.schema.json # 1:1 "order.placed" differs from "order..placed" only by case or separators',
      'name-past-tense schemas/__proto__.constructor.schema.json # 1:1 verb segment "constructor" of "__proto__.constructor" is not past tense',
      'name-pattern schemas/__proto__.constructor.schema.json # 1:1 "__proto__.constructor" does not match naming.pattern ^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$',
      'name-pattern schemas/order..placed.schema.json # 1:1 "order..placed" does not match naming.pattern ^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$',
      'name-pattern schemas/оrder.placed.schema.json # 1:1 "оrder.placed" does not match naming.pattern ^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$',
      'name-segment-case schemas/__proto__.constructor.schema.json # 1:1 "__proto__.constructor": segment "__proto__" is not snake_case',
      'name-segment-case schemas/order..placed.schema.json # 1:1 "order..placed" has an empty segment',
      'name-segment-case schemas/оrder.placed.schema.json # 1:1 "оrder.placed": segment "оrder" is not snake_case',
      'union-orphan-literal src/event-types.ts # 5:6 union literal "../../etc/passwd" has no schema file',
      'union-orphan-literal src/event-types.ts # 6:6 union literal "a\\\\b.c" has no schema file',
      'union-orphan-literal src/event-types.ts # 7:6 union literal "nul\u0000.byte" has no schema file',
    ],
  },
  'names-terminal-injection': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: '2 evt: evt.config.yaml already exists',
      'new': 0,
      approve: 0,
      relint: 0,
    },
    // the data stays exact in JSON; test/hostile/terminal-injection.test.ts checks what people see
    findings: [
      'registry-orphan-entry registry.json /events/order.c1\u009b2J 6:5 registry entry "order.c1\u009b2J" has no schema file',
      'registry-orphan-entry registry.json /events/order.forged\n::error file=README.md,line=1::forged by the repo 4:5 registry entry "order.forged\n::error file=README.md,line=1::forged by the repo" has no schema file',
      'registry-orphan-entry registry.json /events/order.md|`## <img src=x onerror=alert(1)> [x](http:~1~1e) 8:5 registry entry "order.md|`## <img src=x onerror=alert(1)> [x](http://e)" has no schema file',
      'registry-orphan-entry registry.json /events/order.osc\u001b]52;c;ZXZpbA==\u0007\u001b[2J 5:5 registry entry "order.osc\u001b]52;c;ZXZpbA==\u0007\u001b[2J" has no schema file',
      'registry-orphan-entry registry.json /events/order.\u202edecalp 7:5 registry entry "order.\u202edecalp" has no schema file',
    ],
  },
  'ref-cycle-direct': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'ref-cycle-files': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'ref-cycle-mutual': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'ref-file-url': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-ref-outside-repo schemas/order.shipped.schema.json /properties/secret/$ref 5:7 "file:///etc/passwd" reads the local disk, not the repo',
    ],
  },
  'ref-missing-file': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-ref-unresolved schemas/order.shipped.schema.json /properties/address/$ref 5:7 "common/address.schema.json": no schema at schemas/common/address.schema.json',
    ],
  },
  'ref-outside-repo': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-ref-outside-repo schemas/order.shipped.schema.json /properties/secret/$ref 5:7 "../../../../../../etc/passwd" leaves the repository root',
    ],
  },
  'ref-remote': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-ref-remote schemas/order.shipped.schema.json /properties/a/$ref 5:7 "https://example.com/address.schema.json" is not the $id of any schema in the repo, and evt never fetches schemas',
      'schema-ref-remote schemas/order.shipped.schema.json /properties/b/$ref 8:7 "http://169.254.169.254/latest/meta-data/" is not the $id of any schema in the repo, and evt never fetches schemas',
    ],
  },
  'ref-root-self': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'regex-invalid': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-compiles schemas/order.shipped.schema.json /patternProperties/(?< 10:5 invalid regular expression "(?<" (ECMA-262, u flag): /(?</u: Invalid capture group name',
      'schema-compiles schemas/order.shipped.schema.json /properties/id/pattern 6:7 invalid regular expression "([a-z" (ECMA-262, u flag): /([a-z/u: Unterminated character class',
    ],
  },
  'regex-redos': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-example-invalid schemas/order.shipped.schema.json /examples/0 19:5 example could not be checked: pattern "^(a+)+$" takes too long to match (catastrophic backtracking)',
    ],
  },
  'registry-hostile': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: '2 evt: evt.config.yaml already exists',
      'new': 0,
      approve: 0,
      relint: 0,
    },
    findings: [
      'registry-orphan-entry registry.json /events/a.b 14:5 registry entry "a.b" has no schema file',
      'registry-orphan-entry registry.json /events/constructor.called 13:5 registry entry "constructor.called" has no schema file',
    ],
  },
  'shape-array': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 1:1 the document is an array, not a schema (an object or a boolean)',
    ],
  },
  'shape-false': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'shape-null': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 1:1 the document is null, not a schema (an object or a boolean)',
    ],
  },
  'shape-number': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 1:1 the document is a number, not a schema (an object or a boolean)',
    ],
  },
  'shape-string': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.json # 1:1 the document is a string, not a schema (an object or a boolean)',
    ],
  },
  'shape-true': {
    codes: {
      lint: 0,
      lintText: 0,
      check: 0,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [],
  },
  'union-hostile': {
    codes: { lint: 0, lintText: 0, check: 0, diff: 0, initStdout: 0, init: 0, 'new': 0, approve: 0, relint: 0 },
    findings: [],
  },
  'yaml-1-1-merge': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-meta-valid schemas/order.shipped.schema.yaml /additionalProperties 5:1 /additionalProperties must be object,boolean',
      'schema-unknown-keyword schemas/order.shipped.schema.yaml /<< - unknown keyword "<<" in draft 2020-12',
      'schema-unknown-keyword schemas/order.shipped.schema.yaml /base 3:1 unknown keyword "base" in draft 2020-12',
    ],
  },
  'yaml-alias-bomb': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-alias-bomb/schemas/order.shipped.schema.yaml:1:1: Excessive alias count indicates a resource exhaustion attack',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 1:1 YAML syntax error at 1:1: Excessive alias count indicates a resource exhaustion attack',
    ],
  },
  'yaml-alias-cycle': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-alias-cycle/schemas/order.shipped.schema.yaml:1:1: an alias refers to a node that contains it (the document would be infinite)',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 1:1 YAML syntax error at 1:1: an alias refers to a node that contains it (the document would be infinite)',
    ],
  },
  'yaml-alias-self': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-alias-self/schemas/order.shipped.schema.yaml:1:1: an alias refers to a node that contains it (the document would be infinite)',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 1:1 YAML syntax error at 1:1: an alias refers to a node that contains it (the document would be infinite)',
    ],
  },
  'yaml-binary-tag': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-binary-tag/schemas/order.shipped.schema.yaml:2:9: Unresolved tag: tag:yaml.org,2002:binary',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 2:9 YAML syntax error at 2:9: Unresolved tag: tag:yaml.org,2002:binary',
    ],
  },
  'yaml-custom-tag': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-custom-tag/schemas/order.shipped.schema.yaml:1:7: Unresolved tag: !custom',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 1:7 YAML syntax error at 1:7: Unresolved tag: !custom',
    ],
  },
  'yaml-duplicate-key': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles: 1,
      versionedCheck: 1,
    },
    findings: [
      'schema-duplicate-key schemas/order.shipped.schema.yaml # 4:3 duplicate key "id" at 4:3; parsers disagree on which one wins',
    ],
  },
  'yaml-invalid': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-invalid/schemas/order.shipped.schema.yaml:5:1: All mapping items must start at the same column',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 5:1 YAML syntax error at 5:1: All mapping items must start at the same column',
    ],
  },
  'yaml-js-function': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-js-function/schemas/order.shipped.schema.yaml:2:10: Unresolved tag: tag:yaml.org,2002:js/function',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 2:10 YAML syntax error at 2:10: Unresolved tag: tag:yaml.org,2002:js/function',
    ],
  },
  'yaml-multi-doc': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-multi-doc/schemas/order.shipped.schema.yaml:2:1: Source contains multiple documents; please use YAML.parseAllDocuments()',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 2:1 YAML syntax error at 2:1: Source contains multiple documents; please use YAML.parseAllDocuments()',
    ],
  },
  'yaml-tab-indent': {
    codes: {
      lint: 1,
      lintText: 1,
      check: 1,
      diff: 0,
      initStdout: 0,
      init: 0,
      'new': 0,
      approve: 0,
      relint: 0,
      diffFiles:
        '2 evt: fixtures/hostile/yaml-tab-indent/schemas/order.shipped.schema.yaml:3:1: Tabs are not allowed as indentation',
      versionedCheck: 1,
    },
    findings: [
      'schema-parse schemas/order.shipped.schema.yaml # 3:1 YAML syntax error at 3:1: Tabs are not allowed as indentation',
    ],
  },
};

/** The schema file a case is about, when there is one (diffFiles and versionedCheck use it). */
function hostileFileOf(name: string): string | undefined {
  const dir = path.join(hostileCase(name), 'schemas');
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith('order.shipped.schema.')) : undefined;
  return file && fs.statSync(path.join(dir, file)).isFile() ? `schemas/${file}` : undefined;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function runDriver(cases: string[]): Promise<Record<string, Record<string, Result>>> {
  const args = cases.map((c) => {
    const file = hostileFileOf(c);
    return `fixtures/hostile/${c}${file ? `:${file}` : ''}`;
  });
  return new Promise((resolve, reject) => {
    // the network guard is loaded too: any socket, DNS lookup or fetch ends the driver with exit 99
    const child = spawn(process.execPath, ['--import', NO_NETWORK, 'test/hostile/driver.mjs', ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(stdout));
      else
        reject(
          new Error(
            `driver exited ${code ?? signal} (${code === 99 ? 'evt used the network' : 'a crash or a hang in evt'}): ${stderr.slice(0, 2000)}`,
          ),
        );
    });
  });
}

let results: Record<string, Record<string, Result>> = {};
beforeAll(async () => {
  // two drivers, one per core of a small CI machine
  const half = Math.ceil(HOSTILE_CASES.length / 2);
  const parts = await Promise.all([runDriver(HOSTILE_CASES.slice(0, half)), runDriver(HOSTILE_CASES.slice(half))]);
  results = Object.assign({}, ...parts);
}, 240_000);

const shown = (r: Result): Code => (r.code === 2 ? `2 ${r.stderr.split('\n')[0]}` : r.code);

describe('every command on every hostile case', () => {
  it('every case in fixtures/hostile has an expectation, and every expectation a case', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(HOSTILE_CASES);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      for (const [command, code] of Object.entries(expected.codes)) {
        if (KNOWN_CRASHES.has(`${name} ${command}`)) {
          it.fails(`${command}: no internal error (known crash, see KNOWN_CRASHES)`, () => {
            expect(results[name]?.[command]?.stderr).not.toMatch(/internal error/);
          });
          continue;
        }
        it(`${command}: exit ${String(code).slice(0, 60)}`, () => {
          const result = results[name]?.[command];
          expect(result, `no result for ${name} ${command}`).toBeDefined();
          expect(shown(result!)).toBe(code);
          expect(isCleanStderr(result!.stderr), result!.stderr).toBe(true);
        });
      }
      if (expected.findings) {
        it('lint --format json: exact findings', () => {
          expect(findingLines(results[name]!.lint!.stdout)).toEqual(expected.findings);
        });
        it('every rule lint reports, check reports too', () => {
          const [lint, check] = [results[name]!.lint!, results[name]!.check!];
          const lintIds = findingLines(lint.stdout).map((l) => l.split(' ')[0]);
          const checkIds = new Set(findingLines(check.stdout).map((l) => l.split(' ')[0]));
          expect(lintIds.filter((id) => !checkIds.has(id))).toEqual([]);
        });
      }
    });
  }
});
