// Start-up: the login prompt until a token is verified (GET /v1/user with the Bearer header), then the panels and
// their polling. Nothing but the static shell loads without a token.
import { get, session } from './api.js';
import { $, reply } from './dom.js';
import { TimeChart } from './chart.js';
import { DevicePanel } from './devices.js';
import { EventLog } from './events.js';
import { FaultPanel, RequestPanel } from './faults.js';

const POLL_MS = 2000;

let timers = [];
let eventLog = null;

function status(text) {
  $('#status-line').textContent = text;
}

async function verify(token) {
  session.save(token);
  const result = await get('/v1/user');
  if (result.ok) {
    return result.body;
  }

  session.clear();
  $('#login-error').textContent = result.status === 0
    ? reply(result)
    : `The simulator refused the token (${result.status}): ${result.body?.error_description ?? result.body?.error ?? ''}`;
  return null;
}

function every(ms, action) {
  action();
  timers.push(setInterval(action, ms));
}

function open(user) {
  $('#login').hidden = true;
  $('#app').hidden = false;
  $('#who').textContent = user.username;
  const deviceNames = new Map();
  const chart = new TimeChart($('#chart'));
  const devices = new DevicePanel(chart, deviceNames, status);
  const faults = new FaultPanel(status);
  const requests = new RequestPanel();
  eventLog = new EventLog(deviceNames);
  eventLog.onEvent((event) => {
    if (event.name === 'spark/status') {
      devices.refreshList();
    }

    if (event.coreid === devices.selected) {
      devices.refreshDevice();
    }
  });
  $('#event-filter').addEventListener('submit', (e) => {
    e.preventDefault();
    eventLog.start($('#event-prefix').value.trim());
  });
  $('#event-clear').addEventListener('click', () => eventLog.clear());
  eventLog.start('');
  faults.refresh(true);
  every(POLL_MS * 2.5, () => devices.refreshList());
  every(POLL_MS, () => devices.refreshDevice());
  every(POLL_MS, () => faults.refresh());
  every(POLL_MS, () => requests.refresh());
}

function logOut() {
  session.clear();
  eventLog?.stop();
  timers.forEach(clearInterval);
  timers = [];
  window.location.reload();
}

async function start() {
  $('#logout').addEventListener('click', logOut);
  $('#login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('#login-error').textContent = '';
    const user = await verify($('#token').value.trim());
    $('#token').value = '';
    if (user) {
      open(user);
    }
  });

  const saved = session.token();
  if (saved) {
    const user = await verify(saved);
    if (user) {
      open(user);
    }
  }
}

start();
