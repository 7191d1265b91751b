#!/usr/bin/env node
// Lints .cypher files against Cypher 5 with @neo4j-cypher/language-support's lintCypherQuery.
//
//   node lint-cypher.mjs <file.cypher>...
//
// Prints ONE line of JSON to stdout:
//   [{"file": "<path as given>", "diagnostics": [{"message", "line", "column", "severity"}]}]
// line and column are 1-based; severity is "error" or "warning" (deprecations are warnings;
// information and hint diagnostics are dropped). A file may hold several statements separated
// by ";": the linter splits them itself and reports lines relative to the whole file.
// Exit code 0 whenever linting ran (the caller asserts on the JSON); non-zero only when the
// script itself failed (bad usage, unreadable file), with the reason on stderr.
//
// The schema passed to the linter:
// - functions: Neo4j's built-in Cypher 5 functions (isBuiltIn, so no APOC/GDS), and
// - procedures: the built-in db.* / dbms.* / tx.* / cdc.* procedures (e.g. db.awaitIndexes),
//   both taken from the package's own `testData.mockSchema` (a dump of a real Neo4j 5 server's
//   SHOW FUNCTIONS / SHOW PROCEDURES). Without a function list the linter cannot tell that
//   toInt() or distance() no longer exist, so it would not report them.
// - no labels, relationship types or property keys: with those lists absent the linter does not
//   check names at all, so unknown labels/properties are never reported (an empty list would turn
//   every name into a warning);
// - no parameters: "Parameter $x is not defined." is dropped, since parameters are supplied by the
//   application at run time.
import { readFile } from 'node:fs/promises';
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const CYPHER_VERSION = 'CYPHER 5';
const BUILT_IN_PROCEDURE = /^(db|dbms|tx|cdc)\./;

// LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint.
const SEVERITY = { 1: 'error', 2: 'warning' };

function pick(registry, keep) {
  if (!registry) throw new Error(`the package's testData has no ${CYPHER_VERSION} registry`);
  return Object.fromEntries(Object.entries(registry).filter(([, entry]) => keep(entry)));
}

export function cypher5Schema() {
  const mock = testData.mockSchema;
  return {
    defaultLanguage: CYPHER_VERSION,
    functions: { [CYPHER_VERSION]: pick(mock.functions?.[CYPHER_VERSION], (f) => f.isBuiltIn === true) },
    procedures: { [CYPHER_VERSION]: pick(mock.procedures?.[CYPHER_VERSION], (p) => BUILT_IN_PROCEDURE.test(p.name)) },
  };
}

export function lintText(text, schema) {
  const { diagnostics } = lintCypherQuery(text, schema);
  const out = [];
  const seen = new Set();
  for (const d of diagnostics) {
    const severity = SEVERITY[d.severity ?? 1];
    if (!severity || !isNotParamError(d)) continue;
    const item = {
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity,
    };
    const key = JSON.stringify(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stderr.write('usage: node lint-cypher.mjs <file.cypher>...\n');
    process.exit(2);
  }
  const schema = cypher5Schema();
  const report = [];
  for (const file of files) {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    report.push({ file, diagnostics: lintText(text, schema) });
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((err) => {
  process.stderr.write(`lint-cypher.mjs: ${err?.message ?? err}\n`);
  process.exit(1);
});
