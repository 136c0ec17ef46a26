#!/usr/bin/env node
// Benchmark for `protocol-guard audit`: generates mbox archives of 2,000 and 10,000 messages (a
// councillor's enquiry, the officer's reply, an officer's message with a councillor in Bcc, and a
// resident's HTML message, repeated with varying dates and subjects), runs the built CLI on each as
// a child process, and prints messages per second and the child's peak resident memory. The audit
// streams, so peak memory should barely move between the two sizes.
//   node bench/audit.mjs [--sizes=2000,10000]        (run by `npm run bench`)
// Builds dist/cli.cjs first if it is missing. Figures are printed, never asserted.
import { spawnSync, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const BIN = path.join(ROOT, 'bin', 'protocol-guard.cjs');
const sizesArg = process.argv.slice(2).find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number).filter((n) => n > 0) : [2000, 10000];

const POLICY = {
  council: 'Northdown District Council',
  protocol: 'model',
  officerDomains: ['northdown.gov.uk'],
  councillors: [
    { name: 'Alice Brown', email: 'cllr.alice.brown@northdown.gov.uk', ward: 'Eastfield', roles: ['cabinet'] },
    { name: 'Brian Cole', email: 'cllr.brian.cole@northdown.gov.uk', ward: 'Westmoor' },
    { name: 'Chloe Dunn', email: 'cllr.chloe.dunn@northdown.gov.uk', ward: 'Northmoor', roles: ['leader'] },
  ],
};

const COUNCILLORS = POLICY.councillors;
const TOPICS = ['the broken bench on the green', 'fly-tipping behind the library', 'the streetlight on Mill Lane', 'missed bin collections in Ash Court', 'the planning application at 14 Chapel Street', 'overgrown hedges on the school route'];
const rfcDate = (ms) => new Date(ms).toUTCString().replace('GMT', '+0000');

function mail(headers, body) {
  return [...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', body].join('\n');
}

/** Four messages per round: an enquiry, its reply, an officer's Bcc to a councillor, a resident's HTML message. */
function round(i, startMs) {
  const c = COUNCILLORS[i % COUNCILLORS.length];
  const topic = TOPICS[i % TOPICS.length];
  const at = startMs + i * 3_600_000;
  const subject = `${topic[0].toUpperCase()}${topic.slice(1)} (${i})`;
  const id = `enq${i}@northdown.gov.uk`;
  const enquiry = mail(
    { From: `Cllr ${c.name} <${c.email}>`, To: 'Sam Officer <sam.officer@northdown.gov.uk>', Subject: subject, Date: rfcDate(at), 'Message-ID': `<${id}>` },
    `Dear Sam,\n\nResidents in ${c.ward} have asked me about ${topic}. Could you let me know what is planned and when?\n\nFrom my casework notes:\n>From the last meeting, this was raised twice.\n\nThanks,\n${c.name.split(' ')[0]}`,
  );
  const replyHeaders = { From: 'Sam Officer <sam.officer@northdown.gov.uk>', To: `Cllr ${c.name} <${c.email}>`, Subject: `RE: ${subject}`, Date: rfcDate(at + (1 + (i % 7)) * 86_400_000), 'Message-ID': `<rep${i}@northdown.gov.uk>` };
  if (i % 3 !== 0) replyHeaders['In-Reply-To'] = `<${id}>`;
  const reply = mail(replyHeaders, `Dear Cllr ${c.name.split(' ')[1]},\n\nThank you for raising ${topic}. The team will visit this week and I will update you.\n\nRegards,\nSam Officer\nNeighbourhood Services\n\n-----Original Message-----\nFrom: ${c.name}\nSent: ${rfcDate(at)}\nSubject: ${subject}\n\nCould you let me know what is planned and when?`);
  const bcc = mail(
    { From: 'Sam Officer <sam.officer@northdown.gov.uk>', To: 'pat.resident@example.net', Bcc: COUNCILLORS[(i + 1) % COUNCILLORS.length].email, Subject: `Your report about ${topic}`, Date: rfcDate(at + 7_200_000) },
    `Dear Pat,\n\nThank you for reporting ${topic}. A crew is booked for next week.\n\nRegards,\nSam`,
  );
  const resident = mail(
    { From: 'Pat Resident <pat.resident@example.net>', To: 'sam.officer@northdown.gov.uk', Subject: `Thanks (${i})`, Date: rfcDate(at + 9_000_000), 'MIME-Version': '1.0', 'Content-Type': 'text/html; charset=utf-8' },
    `<html><body><p>Hello Sam,</p><p>Thanks for sorting out ${topic} so quickly &mdash; much appreciated.</p><p>Pat</p></body></html>`,
  );
  return [enquiry, reply, bcc, resident];
}

/** Write an mboxrd archive of `count` messages without holding it in memory. */
async function writeMbox(file, count) {
  const out = createWriteStream(file);
  const start = Date.UTC(2025, 8, 1, 8, 0);
  let written = 0;
  for (let i = 0; written < count; i++) {
    for (const m of round(i, start)) {
      if (written === count) break;
      const body = m.replace(/^(>*From )/gm, '>$1');
      if (!out.write(`From sender@example.net Mon Sep  1 08:00:00 2025\n${body}\n\n`)) await new Promise((r) => out.once('drain', r));
      written++;
    }
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

/** Run the CLI in a child; a preload reports the child's own peak RSS (kB) on exit through fd 3. */
function runAudit(dir, mbox, policy) {
  const preload = path.join(dir, 'report-rss.cjs');
  writeFileSync(preload, "process.on('exit', () => { try { const u = process.resourceUsage(); require('fs').writeSync(3, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); } catch {} });\n");
  const args = ['--require', preload, BIN, 'audit', mbox, '--policy', policy, '--report', path.join(dir, 'report.html'), '--csv', path.join(dir, 'report.csv')];
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status === 2 || child.error) throw new Error(`audit failed (${child.status}): ${child.error?.message ?? ''}${child.stderr}`);
  const usage = JSON.parse(child.output[3] || '{"maxRSS":0,"cpu":0}');
  return { seconds, cpuSeconds: usage.cpu, maxRssMb: usage.maxRSS / 1024, summary: child.stdout.trim() };
}

async function main() {
  if (!existsSync(CLI)) {
    console.log('dist/cli.cjs not found; building it (npm run build:cli)');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-bench-audit-'));
  try {
    const policy = path.join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify(POLICY));
    console.log(`audit benchmark: generated mbox archives, built CLI in a child process, ${cpus().length} CPU(s), Node ${process.version}`);
    const rows = [];
    for (const n of SIZES) {
      const mbox = path.join(dir, `archive-${n}.mbox`);
      await writeMbox(mbox, n);
      const mb = statSync(mbox).size / 1048576;
      const r = runAudit(dir, mbox, policy);
      const csvRows = readFileSync(path.join(dir, 'report.csv'), 'utf8').trim().split('\n').length - 1;
      const match = /^(\d+) message\(s\) checked/.exec(r.summary);
      if (!match || Number(match[1]) !== n || csvRows !== n) throw new Error(`expected ${n} messages, got: ${r.summary} (${csvRows} CSV rows)`);
      rows.push({ n, mb, ...r });
      console.log(`  ${String(n).padStart(6)} messages (${mb.toFixed(1)} MB mbox): ${r.seconds.toFixed(2)} s wall, ${(n / r.seconds).toFixed(0)} msg/s; ${r.cpuSeconds.toFixed(2)} s CPU, ${(n / r.cpuSeconds).toFixed(0)} msg per CPU-second; peak RSS ${r.maxRssMb.toFixed(0)} MB`);
      console.log(`         ${r.summary.replace(/ Report: .*$/, '')}`);
      rmSync(mbox);
    }
    if (rows.length >= 2) {
      const [small, large] = [rows[0], rows[rows.length - 1]];
      console.log(`  peak memory ${large.n.toLocaleString('en-GB')} vs ${small.n.toLocaleString('en-GB')} messages: ${large.maxRssMb.toFixed(0)} MB vs ${small.maxRssMb.toFixed(0)} MB (× ${(large.maxRssMb / small.maxRssMb).toFixed(2)} for × ${(large.n / small.n).toFixed(0)} the messages)`);
      const steady = (large.n - small.n) / Math.max(1e-9, large.seconds - small.seconds);
      const steadyCpu = (large.n - small.n) / Math.max(1e-9, large.cpuSeconds - small.cpuSeconds);
      console.log(`  throughput without start-up (difference of the two runs): ${steady.toFixed(0)} msg/s wall, ${steadyCpu.toFixed(0)} msg per CPU-second; target ≥ 200 msg/s on 2 cores`);
      const load = loadavg()[0];
      if (load > cpus().length) console.log(`  note: load average ${load.toFixed(1)} on ${cpus().length} CPU(s) while measuring; wall-clock figures are pessimistic, CPU-second figures less affected`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
