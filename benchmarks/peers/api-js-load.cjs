// particle-api-js side of benchmarks/peers/run.sh: the same workloads as `ParticleContracts.Benchmarks peer-load`.
// Usage: node api-js-load.cjs <moduleDir> <workload> <baseUrl> <token> <calls> <warmup> <concurrency> <clk_tck>
// Prints one JSON line: wall and CPU seconds (utime + stime from /proc/self/stat) of the timed calls.
'use strict';
const fs = require('fs');
const path = require('path');

const [moduleDir, workload, baseUrl, auth, callsText, warmupText, concurrencyText, clockText] = process.argv.slice(2);
const Particle = require(path.join(moduleDir, 'node_modules', 'particle-api-js'));
const particle = new Particle({ baseUrl: baseUrl.replace(/\/$/, '') });
const calls = Number(callsText);
const warmup = Number(warmupText);
const concurrency = Number(concurrencyText);
const clock = Number(clockText);
const deviceId = 'weather-station';

function cpuSeconds() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clock;
}

function check(ok, what) {
  if (!ok) {
    throw new Error(`Unexpected reply: ${what}`);
  }
}

const operations = {
  variable: async () => {
    const reply = await particle.getVariable({ deviceId, name: 'temp', auth });
    check(reply.body.result === 0, 'temp');
  },
  function: async () => {
    const reply = await particle.callFunction({ deviceId, name: 'setLocation', argument: 'Lausanne', auth });
    check(reply.body.return_value === 1, 'setLocation');
  },
};

async function runCalls(operation, count) {
  let next = 0;
  const worker = async () => {
    while (next++ < count) {
      await operation();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function report(calls, seconds, cpu, lost) {
  console.log(JSON.stringify({ client: 'particle-api-js', workload, concurrency, calls, seconds, cpuSeconds: cpu, lost }));
}

// particle-api-js can drop an event (seen in the CRLF-framed stretches of the recorded stream), so a gap in the
// sequence numbers is counted and reported instead of failing the run; a repeated or backwards number still fails.
async function events() {
  const stream = await particle.getEventStream({ deviceId: 'mine', auth });
  await new Promise((resolve, reject) => {
    let next = 0;
    let received = 0;
    let lost = 0;
    let started = 0n;
    let cpu = 0;
    const timer = setTimeout(() => reject(new Error(`only up to event ${next} of ${calls} within 5 minutes`)), 300000);
    stream.on('error', reject);
    stream.on('event', (event) => {
      const sequence = Number(event.data);
      try {
        check(Number.isInteger(sequence) && sequence >= next, `event ${next} (got ${event.data})`);
      } catch (error) {
        clearTimeout(timer);
        reject(error);
        return;
      }
      if (sequence > next) {
        console.error(`particle-api-js lost events ${next}..${sequence - 1}`);
        lost += sequence - next;
      }
      next = sequence + 1;
      if (started === 0n && sequence >= warmup) {
        cpu = cpuSeconds();
        started = process.hrtime.bigint();
      } else if (started !== 0n) {
        received++;
      }
      if (next === calls) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const used = cpuSeconds() - cpu;
        clearTimeout(timer);
        stream.abort();
        report(received, seconds, used, lost);
        resolve();
      }
    });
  });
}

async function main() {
  if (workload === 'events') {
    await events();
    return;
  }
  const operation = operations[workload];
  if (!operation) {
    throw new Error(`Unknown workload '${workload}'`);
  }
  await runCalls(operation, warmup);
  const cpu = cpuSeconds();
  const started = process.hrtime.bigint();
  await runCalls(operation, calls);
  report(calls, Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds() - cpu);
}

main().then(
  // EventStream.abort() can leave an idle timer armed; nothing else is pending.
  () => process.exit(0),
  (error) => {
    console.error(`FAIL ${workload}: ${error.stack || error}`);
    process.exit(1);
  });
