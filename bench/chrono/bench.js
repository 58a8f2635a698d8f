#!/usr/bin/env node
// The chrono-node side of bench/bench_time.lua (install with
// `npm install` in bench/chrono/; node_modules is not committed).
//
//   node bench/chrono/bench.js time FILE ANCHOR BATCH REPS
//     Parses FILE in the same batches as bench/common.lua's chunks (cut
//     after the first newline BATCH bytes on), with ANCHOR (YYYY-MM-DD) as
//     the reference date; prints JSON {version, bytes, batches, results,
//     seconds, wall} with the best CPU time (user + system, all threads of
//     the process, as Lua's os.clock counts the Lua side) and the best wall
//     time of REPS runs.
//   node bench/chrono/bench.js parse FILE.jsonl
//     FILE.jsonl holds {"text", "anchor"} a line; prints one JSON array a
//     line: [{text, index, value, end}] where value is chrono's start date at
//     the precision chrono is certain of (YYYY, YYYY-MM, YYYY-MM-DD, +Thh:mm)
//     and end the end of a range ("from Wednesday to Friday") or null.
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');
const version = require(path.join(path.dirname(require.resolve('chrono-node')), '..', '..', 'package.json')).version;

function refDate(anchor) {
  const [y, m, d] = anchor.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);   // local noon: no day slips across zones
}

// The same cut as bench/common.lua's M.chunks, on bytes.
function chunks(buf, size) {
  const out = [];
  let pos = 0;
  while (pos < buf.length) {
    let e = buf.indexOf(0x0a, pos + size);
    if (e < 0) e = buf.length - 1;
    out.push(buf.subarray(pos, e + 1).toString('utf8'));
    pos = e + 1;
  }
  return out;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(c) {
  let v = pad(c.get('year'), 4);
  const day = c.isCertain('day') || c.isCertain('weekday');
  if (c.isCertain('month') || day) v += '-' + pad(c.get('month'));
  if (day) v += '-' + pad(c.get('day'));
  if (!c.isCertain('month') && !day && !c.isCertain('year')) v = pad(c.get('year'), 4) + '-' + pad(c.get('month')) + '-' + pad(c.get('day'));
  if (c.isCertain('hour')) v += 'T' + pad(c.get('hour')) + ':' + pad(c.get('minute') || 0);
  return v;
}

const [mode, file, anchor, batch, reps] = process.argv.slice(2);
if (mode === 'time') {
  const buf = fs.readFileSync(file);
  const parts = chunks(buf, Number(batch || 16384));
  const ref = refDate(anchor);
  let best = Infinity, bestWall = Infinity, results = 0;
  for (let r = 0; r < Number(reps || 1); r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    let n = 0;
    for (const p of parts) n += chrono.parse(p, ref).length;
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1e6;
    if (cpu < best) best = cpu;
    if (wall < bestWall) bestWall = wall;
    results = n;
  }
  process.stdout.write(JSON.stringify({ version, bytes: buf.length, batches: parts.length, results, seconds: best,
    wall: bestWall }) + '\n');
} else if (mode === 'parse') {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  for (const l of lines) {
    const { text, anchor: a } = JSON.parse(l);
    const res = chrono.parse(text, refDate(a)).map((r) => ({ text: r.text, index: r.index, value: value(r.start),
      end: r.end ? value(r.end) : null }));
    process.stdout.write(JSON.stringify(res) + '\n');
  }
} else {
  process.stderr.write('usage: node bench/chrono/bench.js time FILE ANCHOR BATCH REPS | parse FILE.jsonl\n');
  process.exit(2);
}
