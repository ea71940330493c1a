// A small time chart of numeric variables, drawn as hand-written SVG: one line per variable, points from the
// console's polling, reads and sets.
import { clock, el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_POINTS = 120;
const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 56, right: 16, top: 12, bottom: 28 };
const COLORS = ['#0b7285', '#e8590c', '#5f3dc4', '#2b8a3e', '#c2255c', '#1864ab'];

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }

  if (text !== undefined) {
    element.textContent = text;
  }

  return element;
}

function label(value) {
  const magnitude = Math.abs(value);
  return magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-2) ? value.toExponential(2) : String(Math.round(value * 100) / 100);
}

export class TimeChart {
  constructor(container) {
    this.container = container;
    this.series = new Map();
  }

  /** Adds a point to the series "device/variable" (only finite numbers are charted). */
  add(deviceId, name, value, at = Date.now()) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return;
    }

    const key = deviceId + '/' + name;
    const points = this.series.get(key) ?? [];
    const last = points[points.length - 1];
    if (last && last.v === value && at - last.t < 1000) {
      return;
    }

    points.push({ t: at, v: value });
    if (points.length > MAX_POINTS) {
      points.shift();
    }

    this.series.set(key, points);
  }

  /** Draws the series of one device. */
  render(deviceId) {
    const lines = [...this.series.entries()]
      .filter(([key]) => key.startsWith(deviceId + '/'))
      .map(([key, points]) => ({ name: key.slice(deviceId.length + 1), points }));
    if (lines.length === 0) {
      this.container.replaceChildren(el('p', { class: 'muted', text: 'No numeric values yet: int32 and double variables appear here as they are polled, read or set.' }));
      return;
    }

    const all = lines.flatMap((line) => line.points);
    const t0 = Math.min(...all.map((p) => p.t));
    const t1 = Math.max(t0 + 1000, ...all.map((p) => p.t));
    let v0 = Math.min(...all.map((p) => p.v));
    let v1 = Math.max(...all.map((p) => p.v));
    if (v0 === v1) {
      v0 -= 1;
      v1 += 1;
    }

    const x = (t) => PAD.left + ((t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
    const y = (v) => HEIGHT - PAD.bottom - ((v - v0) / (v1 - v0)) * (HEIGHT - PAD.top - PAD.bottom);
    const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Numeric variables over time', class: 'chart' });
    chart.append(...this.axes(x, y, t0, t1, v0, v1));
    lines.forEach((line, index) => {
      const color = COLORS[index % COLORS.length];
      const coordinates = line.points.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
      chart.append(svg('polyline', { points: coordinates, fill: 'none', stroke: color, 'stroke-width': 2, 'data-series': line.name }));
      const lastPoint = line.points[line.points.length - 1];
      chart.append(svg('circle', { cx: x(lastPoint.t), cy: y(lastPoint.v), r: 3, fill: color }));
    });

    const legend = el('ul', { class: 'legend' }, lines.map((line, index) => {
      const lastPoint = line.points[line.points.length - 1];
      return el('li', {},
        el('span', { class: 'swatch', 'data-color': index % COLORS.length }),
        `${line.name} = ${label(lastPoint.v)}`);
    }));
    this.container.replaceChildren(chart, legend);
  }

  axes(x, y, t0, t1, v0, v1) {
    const parts = [];
    const bottom = HEIGHT - PAD.bottom;
    parts.push(svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: bottom, class: 'axis' }));
    parts.push(svg('line', { x1: PAD.left, y1: bottom, x2: WIDTH - PAD.right, y2: bottom, class: 'axis' }));
    for (let i = 0; i <= 4; i++) {
      const value = v0 + ((v1 - v0) * i) / 4;
      parts.push(svg('line', { x1: PAD.left, y1: y(value), x2: WIDTH - PAD.right, y2: y(value), class: 'grid' }));
      parts.push(svg('text', { x: PAD.left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'tick' }, label(value)));
    }

    for (const [t, anchor] of [[t0, 'start'], [(t0 + t1) / 2, 'middle'], [t1, 'end']]) {
      parts.push(svg('text', { x: x(t), y: HEIGHT - 8, 'text-anchor': anchor, class: 'tick' }, clock(new Date(t))));
    }

    return parts;
  }
}
