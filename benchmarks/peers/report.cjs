// Prints the ratio table of benchmarks/peers/run.sh from its JSON lines: medians over rounds per client and workload.
'use strict';
const fs = require('fs');

const lines = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const rows = lines.filter((r) => r.kind !== 'simulator');
const simulatorRows = lines.filter((r) => r.kind === 'simulator');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const workloads = [
  ['variable', 1, 'Variable read, sequential'],
  ['function', 1, 'Function call, sequential'],
  ['variable', 16, 'Variable read, 16 in flight'],
  ['function', 16, 'Function call, 16 in flight'],
  ['events', 1, 'SSE events (recorded stream)'],
];

const stat = (client, workload, concurrency) => {
  const runs = rows.filter((r) => r.client === client && r.workload === workload && r.concurrency === concurrency);
  return {
    rounds: runs.length,
    rate: median(runs.map((r) => r.calls / r.seconds)),
    cpuMicros: median(runs.map((r) => (r.cpuSeconds / r.calls) * 1e6)),
    simulatorMicros: simulatorMicros(client, workload, concurrency),
  };
};

// The simulator's CPU per call while this client ran the workload (warm-up included), median over rounds; NaN for events.
function simulatorMicros(client, workload, concurrency) {
  const runs = simulatorRows.filter((r) => r.client === client && r.workload === workload && r.concurrency === concurrency);
  return runs.length ? median(runs.map((r) => (r.cpuSeconds / r.calls) * 1e6)) : NaN;
}

// Sequentially a call costs the client's CPU plus the simulator's on shared cores, so the best calls/s ratio is
// (simulator + particle-api-js CPU) / (simulator + our CPU).
const bound = (ours, theirs) => (theirs.simulatorMicros + theirs.cpuMicros) / (ours.simulatorMicros + ours.cpuMicros);
const hasSimulator = simulatorRows.length > 0;

const raw = 'HttpClient+JsonDocument';
const hasRaw = rows.some((r) => r.client === raw);
const table = [
  '| Workload | ParticleContracts /s | particle-api-js /s | Throughput ratio (target) | CPU µs per call, ours / api-js | CPU ratio (target ≤ 0.5) |' +
    (hasSimulator ? ' Simulator CPU µs per call, ours / api-js | Bound |' : '') +
    (hasRaw ? ' Raw HttpClient /s | Ours ÷ raw, throughput | Ours ÷ raw, CPU (target ≤ 1.1) |' : ''),
  '|---|---:|---:|---:|---:|---:|' + (hasSimulator ? '---:|---:|' : '') + (hasRaw ? '---:|---:|---:|' : ''),
];
for (const [workload, concurrency, title] of workloads) {
  const ours = stat('ParticleContracts', workload, concurrency);
  const theirs = stat('particle-api-js', workload, concurrency);
  const target = workload === 'events' ? '≥ 2' : '≥ 3';
  let line = `| ${title} | ${ours.rate.toFixed(0)} | ${theirs.rate.toFixed(0)} | **${(ours.rate / theirs.rate).toFixed(2)}** (${target}) | ` +
    `${ours.cpuMicros.toFixed(1)} / ${theirs.cpuMicros.toFixed(1)} | **${(ours.cpuMicros / theirs.cpuMicros).toFixed(2)}** |`;
  if (hasSimulator) {
    line += workload === 'events' ? ' — | — |'
      : ` ${ours.simulatorMicros.toFixed(1)} / ${theirs.simulatorMicros.toFixed(1)} | ${bound(ours, theirs).toFixed(2)} |`;
  }
  if (hasRaw) {
    const baseline = stat(raw, workload, concurrency);
    line += ` ${baseline.rate.toFixed(0)} | ${(ours.rate / baseline.rate).toFixed(2)} | **${(ours.cpuMicros / baseline.cpuMicros).toFixed(2)}** (${baseline.cpuMicros.toFixed(1)} µs) |`;
  }
  table.push(line);
}
console.log(table.join('\n'));
if (hasSimulator) {
  console.log('\nBound: (simulator + particle-api-js CPU per call) / (simulator + our CPU per call), the calls/s ratio a sequential run' +
    ' reaches when client and simulator share the cores and CPU is all that limits it; the simulator\'s CPU is measured around' +
    ' each client\'s whole workload (warm-up included).');
}
const lost = rows.filter((r) => r.lost).map((r) => r.lost);
if (lost.length > 0) {
  console.log(`\nparticle-api-js lost events (sequence gaps) in ${lost.length} of its event runs: ${lost.join(', ')} events.`);
}
console.log(`\nMedians over ${stat('ParticleContracts', 'variable', 1).rounds} rounds per cell.`);
