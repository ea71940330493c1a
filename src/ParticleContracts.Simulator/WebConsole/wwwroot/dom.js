// Small DOM helpers. Text from the simulator (names, event data, error bodies) is only ever set as text, never as HTML.

/** Creates an element: attributes (class, text, on<event> handlers, others as attributes), then children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }

    if (name === 'class') {
      element.className = value;
    } else if (name === 'text') {
      element.textContent = value;
    } else if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }

  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : String(child));
    }
  }

  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** Local time of day with seconds, e.g. 14:03:22. */
export function clock(value) {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleTimeString([], { hour12: false });
}

/** How long ago, e.g. "3 s ago", "5 min ago". */
export function ago(iso) {
  const seconds = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  if (Number.isNaN(seconds)) {
    return String(iso);
  }

  if (seconds < 90) {
    return seconds + ' s ago';
  }

  return seconds < 5400 ? Math.round(seconds / 60) + ' min ago' : Math.round(seconds / 3600) + ' h ago';
}

/** A reply as one line of text: "200 {"return_value":1}" or "408 {"ok":false,"error":"timed out"}". */
export function reply(result) {
  const body = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
  return (result.status === 0 ? 'no reply' : result.status) + ' ' + body;
}

const PLATFORMS = { 6: 'Photon', 8: 'P1', 10: 'Electron', 12: 'Argon', 13: 'Boron', 23: 'B SoM', 25: 'B5 SoM', 26: 'Tracker', 32: 'P2 / Photon 2' };

export function platformName(id) {
  return PLATFORMS[id] ? `${PLATFORMS[id]} (${id})` : `platform ${id}`;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined));
}
