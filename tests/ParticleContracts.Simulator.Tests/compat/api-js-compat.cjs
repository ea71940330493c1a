// Drives the official particle-api-js client against a running simulator and checks what it sees.
// Inputs (environment): PARTICLE_API_JS_DIR (folder holding node_modules/particle-api-js), SIM_BASE_URL, SIM_TOKEN.
// Prints one "ok <step>" line per passed step and "ALL OK" at the end; exits 1 with "FAIL <step>: <reason>" otherwise.
'use strict';
const path = require('path');
const assert = require('assert/strict');

const Particle = require(path.join(process.env.PARTICLE_API_JS_DIR, 'node_modules', 'particle-api-js'));
const baseUrl = process.env.SIM_BASE_URL.replace(/\/$/, '');
const auth = process.env.SIM_TOKEN;
const particle = new Particle({ baseUrl });
let step = 'start';

function nextEvent(stream) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no event within 10 s')), 10000);
    stream.once('event', (event) => { clearTimeout(timer); resolve(event); });
    stream.once('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

async function expectRejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the call succeeded but should have failed');
}

async function main() {
  step = 'listDevices';
  const list = await particle.listDevices({ auth });
  assert.equal(list.statusCode, 200);
  const lamp = list.body.find((d) => d.name === 'lamp');
  assert.ok(lamp, 'lamp is listed');
  assert.match(lamp.id, /^[0-9a-f]{24}$/);
  assert.equal(lamp.connected, true);
  console.log(`ok ${step} ${list.body.length} device(s)`);

  step = 'getDevice';
  const device = await particle.getDevice({ deviceId: 'lamp', auth });
  assert.equal(device.body.id, lamp.id);
  assert.deepEqual(device.body.variables, { temp: 'double', count: 'int32', on: 'bool', label: 'string' });
  assert.deepEqual(device.body.functions, ['led']);
  console.log(`ok ${step} variables=${JSON.stringify(device.body.variables)} functions=${JSON.stringify(device.body.functions)}`);

  step = 'getVariable';
  const temp = await particle.getVariable({ deviceId: lamp.id, name: 'temp', auth });
  assert.equal(temp.body.result, 21.5);
  assert.equal(temp.body.coreInfo.deviceID, lamp.id);
  const label = await particle.getVariable({ deviceId: 'lamp', name: 'label', auth });
  assert.equal(label.body.result, 'kitchen');
  console.log(`ok ${step} temp=${temp.body.result} label=${label.body.result}`);

  step = 'callFunction';
  const call = await particle.callFunction({ deviceId: 'lamp', name: 'led', argument: 'on', auth });
  assert.equal(call.body.return_value, 1);
  assert.equal(call.body.connected, true);
  assert.equal(call.body.id, lamp.id);
  console.log(`ok ${step} return_value=${call.body.return_value}`);

  step = 'getEventStream';
  const stream = await particle.getEventStream({ deviceId: 'mine', name: 'compat', auth });
  const received = nextEvent(stream);

  step = 'publishEvent';
  const published = await particle.publishEvent({ name: 'compat/hello', data: 'world', isPrivate: true, auth });
  assert.equal(published.body.ok, true);
  console.log(`ok ${step}`);

  step = 'getEventStream';
  const event = await received;
  stream.abort();
  assert.equal(event.name, 'compat/hello');
  assert.equal(event.data, 'world');
  assert.equal(event.coreid, 'api');
  assert.equal(event.public, false);
  console.log(`ok ${step} ${event.name}=${event.data}`);

  step = 'unknownVariable';
  const unknown = await expectRejection(particle.getVariable({ deviceId: 'lamp', name: 'nope', auth }));
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.body.error, 'Unknown Variable: nope');
  console.log(`ok ${step} ${unknown.statusCode} ${unknown.body.error}`);

  step = 'invalidToken';
  const invalid = await expectRejection(particle.listDevices({ auth: 'not-a-valid-token' }));
  assert.equal(invalid.statusCode, 401);
  assert.equal(invalid.body.error, 'invalid_token');
  assert.equal(invalid.shortErrorDescription, 'The access token provided is invalid.');
  console.log(`ok ${step} ${invalid.statusCode} ${invalid.shortErrorDescription}`);

  console.log('ALL OK');
}

main().then(() => {
  // EventStream.abort() leaves its 15 s idle timer armed, which would keep node alive; nothing else is pending.
  process.exit(0);
}).catch((error) => {
  const reason = error && (error.stack || error.errorDescription || JSON.stringify(error));
  console.log(`FAIL ${step}: ${reason}`);
  process.exit(1);
});
