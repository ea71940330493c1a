// The device list (GET /v1/devices, the API's own view) and the selected device's view: its contract and live
// values from /simulator/devices/:id, reads and calls through the real API, and the console-only controls.
import { get, path, post, put } from './api.js';
import { $, ago, el, fill, platformName, reply } from './dom.js';

export class DevicePanel {
  constructor(chart, deviceNames, status) {
    this.chart = chart;
    this.deviceNames = deviceNames;
    this.status = status;
    this.selected = null;
    this.shape = '';
    this.view = $('#device-view');
  }

  async refreshList() {
    const result = await get('/v1/devices');
    if (!result.ok) {
      this.status(`Device list: ${reply(result)}`);
      return;
    }

    const rows = result.body.map((device) => {
      this.deviceNames.set(device.id, device.name);
      return el('tr', {
        'data-device': device.name,
        class: device.id === this.selected ? 'selected' : null,
        tabindex: 0,
        onclick: () => this.select(device.id),
        onkeydown: (e) => e.key === 'Enter' && this.select(device.id),
      },
      el('td', { class: 'name', text: device.name }),
      el('td', {}, el('code', { text: device.id })),
      el('td', { text: platformName(device.platform_id) }),
      el('td', {}, onlinePill(device.online)),
      el('td', { class: 'muted', title: device.last_heard, text: ago(device.last_heard) }));
    });
    fill($('#device-list tbody'), rows);
    $('#devices-empty').hidden = rows.length > 0;
    if (!this.selected && result.body.length > 0) {
      await this.select(result.body[0].id);
    }
  }

  async select(id) {
    this.selected = id;
    this.shape = '';
    for (const row of document.querySelectorAll('#device-list tbody tr')) {
      row.classList.toggle('selected', this.deviceNames.get(id) === row.dataset.device);
    }

    await this.refreshDevice();
  }

  /** Polls the selected device: rebuilds the view when its contract changed, else updates values in place. */
  async refreshDevice() {
    if (!this.selected) {
      return;
    }

    const result = await get(path('simulator', 'devices', this.selected));
    if (!result.ok) {
      this.status(`Device: ${reply(result)}`);
      return;
    }

    const device = result.body;
    const shape = JSON.stringify([device.variables.map((v) => v.name), device.functions.map((f) => f.name)]);
    if (shape !== this.shape) {
      this.shape = shape;
      this.build(device);
    }

    this.update(device);
    this.chart.render(device.id);
  }

  build(device) {
    $('#device-placeholder').hidden = true;
    this.view.hidden = false;
    fill(this.view,
      el('div', { class: 'device-head' },
        el('h2', { id: 'device-name', text: device.name }),
        el('span', { id: 'device-online' }),
        el('button', { id: 'toggle-online', type: 'button', class: 'secondary', onclick: () => this.toggleOnline() })),
      el('p', { class: 'muted' },
        el('code', { text: device.id }), ' · ', platformName(device.platform_id), ' · last heard ',
        el('span', { id: 'device-last-heard' })),
      el('h3', { text: 'Variables' }),
      this.variablesTable(device),
      el('h3', { text: 'Functions' }),
      this.functionsTable(device),
      el('h3', { text: 'Publish an event as this device' }),
      this.publishForm());
  }

  variablesTable(device) {
    if (device.variables.length === 0) {
      return el('p', { class: 'muted', text: 'No variables.' });
    }

    return el('table', { id: 'variables' },
      el('thead', {}, el('tr', {}, ['Name', 'Cloud type', 'C# type', 'Value', 'Read (API)', 'Set simulated value'].map((h) => el('th', { text: h })))),
      el('tbody', {}, device.variables.map((variable) => {
        const input = el('input', { class: 'set-value', type: 'text', 'aria-label': `New value of ${variable.name}`, spellcheck: 'false' });
        const row = el('tr', { 'data-variable': variable.name },
          el('td', {}, el('code', { text: variable.name })),
          el('td', { text: variable.cloud_type }),
          el('td', {}, el('code', { text: variable.csharp_type })),
          el('td', { class: 'value' }),
          el('td', {},
            el('button', { class: 'read secondary', type: 'button', onclick: () => this.read(variable, row) }, 'Read'),
            el('output', { class: 'result' })),
          el('td', {},
            el('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); this.set(variable, input.value, row); } },
              input, el('button', { class: 'set secondary', type: 'submit' }, 'Set'))));
        return row;
      })));
  }

  functionsTable(device) {
    if (device.functions.length === 0) {
      return el('p', { class: 'muted', text: 'No functions.' });
    }

    return el('table', { id: 'functions' },
      el('thead', {}, el('tr', {}, ['Name', 'C# type', 'Argument', 'Result', 'Calls'].map((h) => el('th', { text: h })))),
      el('tbody', {}, device.functions.map((fn) => {
        const input = el('input', { class: 'argument', type: 'text', 'aria-label': `Argument for ${fn.name}`, spellcheck: 'false' });
        const row = el('tr', { 'data-function': fn.name },
          el('td', {}, el('code', { text: fn.name })),
          el('td', {}, el('code', { text: 'int (string)' })),
          el('td', {},
            el('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); this.callFunction(fn, input.value, row); } },
              input, el('button', { class: 'call', type: 'submit' }, 'Call'))),
          el('td', {}, el('output', { class: 'result' })),
          el('td', { class: 'calls' }));
        return row;
      })));
  }

  publishForm() {
    const name = el('input', { id: 'publish-name', type: 'text', placeholder: 'event name', required: true, spellcheck: 'false' });
    const data = el('input', { id: 'publish-data', type: 'text', placeholder: 'data (optional)', spellcheck: 'false' });
    const isPublic = el('input', { id: 'publish-public', type: 'checkbox' });
    const result = el('output', { id: 'publish-result', class: 'result' });
    return el('form', { id: 'publish-form', class: 'row', onsubmit: (e) => { e.preventDefault(); this.publish(name.value, data.value, isPublic.checked, result); } },
      name, data, el('label', { class: 'inline' }, isPublic, ' public'), el('button', { type: 'submit' }, 'Publish'), result);
  }

  update(device) {
    fill($('#device-online'), onlinePill(device.online));
    $('#toggle-online').textContent = device.online ? 'Take offline' : 'Bring online';
    $('#toggle-online').dataset.online = String(device.online);
    $('#device-last-heard').textContent = ago(device.last_heard);
    for (const variable of device.variables) {
      const cell = this.view.querySelector(`tr[data-variable="${CSS.escape(variable.name)}"] .value`);
      if (cell) {
        cell.textContent = variable.error ? `error: ${variable.error}` : JSON.stringify(variable.value);
      }

      this.chart.add(device.id, variable.name, variable.value);
    }

    for (const fn of device.functions) {
      const cell = this.view.querySelector(`tr[data-function="${CSS.escape(fn.name)}"] .calls`);
      if (cell) {
        cell.textContent = fn.calls === 0 ? '0' : `${fn.calls} (last: "${fn.last_argument}" → ${fn.last_return_value})`;
      }
    }
  }

  async read(variable, row) {
    const output = row.querySelector('.result');
    output.textContent = '…';
    const result = await get(path('v1', 'devices', this.selected, variable.name));
    output.textContent = result.ok ? `${result.status} ${JSON.stringify(result.body.result)}` : reply(result);
    output.className = 'result ' + (result.ok ? 'good' : 'bad');
    if (result.ok) {
      this.chart.add(this.selected, variable.name, result.body.result);
      this.chart.render(this.selected);
    }
  }

  async set(variable, text, row) {
    const output = row.querySelector('.result');
    const result = await put(path('simulator', 'devices', this.selected, 'variables', variable.name), { value: text });
    output.textContent = result.ok ? `set to ${JSON.stringify(result.body.value)}` : reply(result);
    output.className = 'result ' + (result.ok ? 'good' : 'bad');
    await this.refreshDevice();
  }

  async callFunction(fn, argument, row) {
    const output = row.querySelector('.result');
    output.textContent = '…';
    const result = await post(path('v1', 'devices', this.selected, fn.name), { arg: argument });
    output.textContent = result.ok ? `return_value ${result.body.return_value}` : reply(result);
    output.className = 'result ' + (result.ok ? 'good' : 'bad');
    await this.refreshDevice();
  }

  async publish(name, data, isPublic, output) {
    const body = { name, private: isPublic ? 'false' : 'true' };
    if (data.length > 0) {
      body.data = data;
    }

    const result = await post(path('simulator', 'devices', this.selected, 'events'), body);
    output.textContent = result.ok ? `published ${result.body.name}` : reply(result);
    output.className = 'result ' + (result.ok ? 'good' : 'bad');
  }

  async toggleOnline() {
    const online = $('#toggle-online').dataset.online === 'true';
    const result = await put(path('simulator', 'devices', this.selected, 'online'), { online: !online });
    if (!result.ok) {
      this.status(`Online toggle: ${reply(result)}`);
    }

    await Promise.all([this.refreshDevice(), this.refreshList()]);
  }
}

function onlinePill(online) {
  return el('span', { class: 'pill ' + (online ? 'good' : 'bad'), text: online ? 'online' : 'offline' });
}
