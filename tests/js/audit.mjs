#!/usr/bin/env node
// GraphQL-over-HTTP conformance audit of a running server, using graphql-http's auditServer.
//
//   node audit.mjs <url>      e.g. node audit.mjs http://127.0.0.1:5080/graphql
//
// Prints ONE line of JSON to stdout:
//   {"ok": n, "warn": [{"id","name","reason"}], "error": [{"id","name","reason"}], "notice": [...]}
// error = failed MUST, warn = failed SHOULD, notice = failed MAY (extra key; informational).
// Exit code 0 whenever the audit ran (the caller asserts on the JSON); non-zero only when the
// script itself failed (bad usage, server unreachable, any fatal error), with the reason on stderr.
import { auditServer } from 'graphql-http';

const BODY_SNIPPET = 300;

// An expected failure: report the message alone, without a stack trace.
class UsageError extends Error {}

function usage(message) {
  process.stderr.write(`${message}\nusage: node audit.mjs <url>\n`);
  process.exit(2);
}

// "<audit's reason> (HTTP 400 Bad Request; content-type: ...; body: ...)"
async function describe(result) {
  const res = result.response;
  if (!res) return result.reason;
  let body = '';
  try {
    if (!res.bodyUsed) body = await res.clone().text();
  } catch {
    body = '<unreadable body>';
  }
  const contentType = res.headers?.get?.('content-type') ?? '';
  if (contentType.includes('text/html')) body = '<html omitted>';
  body = body.replace(/\s+/g, ' ').trim();
  if (body.length > BODY_SNIPPET) body = `${body.slice(0, BODY_SNIPPET)}…`;
  const parts = [`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`];
  parts.push(`content-type: ${contentType || '<none>'}`);
  parts.push(`body: ${body || '<empty>'}`);
  return `${result.reason} (${parts.join('; ')})`;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length !== 1) usage('expected exactly one argument');
  let url;
  try {
    url = new URL(args[0]).toString();
  } catch {
    usage(`not an absolute URL: ${args[0]}`);
  }

  // Fail fast and clearly when nothing is listening: auditServer would otherwise reject with
  // an unhelpful "fetch failed" from whichever audit happens to run first.
  try {
    await fetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
  } catch (err) {
    const cause = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(err);
    throw new UsageError(`cannot reach ${url}: ${cause}`);
  }

  const results = await auditServer({ url });
  const out = { ok: 0, warn: [], error: [], notice: [] };
  for (const result of results) {
    if (result.status === 'ok') {
      out.ok += 1;
      continue;
    }
    const bucket = out[result.status];
    if (!bucket) throw new Error(`unexpected audit status ${JSON.stringify(result.status)} for ${result.id}`);
    bucket.push({ id: result.id, name: result.name, reason: await describe(result) });
  }
  for (const key of ['warn', 'error', 'notice']) out[key].sort((a, b) => a.id.localeCompare(b.id));
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err) => {
  process.stderr.write(`audit.mjs: ${err instanceof UsageError ? err.message : (err?.stack ?? err)}\n`);
  process.exit(1);
});
