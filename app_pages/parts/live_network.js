// The playground's live picture, painted on canvases from core.playground's live_frame and live_scene:
// every unit's map and the links between them (left), the output over the input square with the data
// (right, top) and the loss curve (right, bottom). Streamlit calls the exported function on every fragment
// rerun with the frames recorded since the last one; each painted frame is a new picture, counted in
// window.dlcLivePaints (the bench and the browser test read it).
const NEG = [0, 114, 178], POS = [230, 159, 0], WHITE = [255, 255, 255];

function hexRgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function bytes(b64) {
  const raw = atob(b64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

function mix(a, b, t) {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

// a signed byte (0 = −max, 128 ≈ 0, 255 = +max) as the app's diverging colour: blue, white, orange
function diverging(v, strength) {
  const s = (v - 127.5) / 127.5;
  return s < 0 ? mix(WHITE, NEG, -s * strength) : mix(WHITE, POS, s * strength);
}

// a table of the 256 colours of `diverging` at one strength, as RGBA packed into 32 bits (little-endian)
const luts = {};
function divergingLut(strength) {
  if (!luts[strength]) {
    luts[strength] = new Uint32Array(256);
    for (let v = 0; v < 256; v++) luts[strength][v] = packed(diverging(v, strength));
  }
  return luts[strength];
}

function packed(c) {
  return (255 << 24 | Math.round(c[2]) << 16 | Math.round(c[1]) << 8 | Math.round(c[0])) >>> 0;
}

// an n×n picture, one packed colour per pixel from colourOf(k), on an offscreen canvas kept per size: the
// 16-odd tiles of a frame reuse one canvas and one pixel buffer instead of making them anew 30 times a second
const tiles = {};
function tile(n, colourOf) {
  let t = tiles[n];
  if (!t) {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = n;
    const ctx = canvas.getContext("2d");
    const img = ctx.createImageData(n, n);
    t = tiles[n] = { canvas, ctx, img, pixels: new Uint32Array(img.data.buffer) };
  }
  for (let i = 0; i < n * n; i++) t.pixels[i] = colourOf(i);
  t.ctx.putImageData(t.img, 0, 0);
  return t.canvas;
}

function sized(canvas, width, height) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = width + "px";
    canvas.style.height = height + "px";
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

function drawNetwork(canvas, d, scene, width) {
  const columns = scene.layers.length, tallest = Math.max(...scene.layers);
  const size = Math.max(18, Math.min(44, Math.floor(300 / tallest) - 6));
  const head = 34, height = Math.max(220, tallest * (size + 6) + head + 10);
  const ctx = sized(canvas, width, height);
  const left = 70, gap = (width - left - size - 10) / Math.max(1, columns - 1);
  const centre = (col, i) => [left + col * gap + size / 2,
                              head + (height - head - scene.layers[col] * (size + 6)) / 2 + i * (size + 6) + size / 2];
  ctx.fillStyle = "#333";
  ctx.font = "12px sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  scene.text.columns.forEach((name, col) => {
    const x = Math.min(Math.max(centre(col, 0)[0], 40), width - 40);
    ctx.fillText(name, x, 4);
  });
  let biggest = 1e-9;
  for (const w of d.w) for (const row of w) for (const v of row) biggest = Math.max(biggest, Math.abs(v));
  d.w.forEach((w, layer) => w.forEach((row, j) => row.forEach((v, i) => {
    const [x0, y0] = centre(layer, i), [x1, y1] = centre(layer + 1, j);
    const t = Math.abs(v) / biggest;
    ctx.strokeStyle = `rgba(${(v < 0 ? NEG : POS).join(",")},${0.25 + 0.6 * t})`;
    ctx.lineWidth = 0.5 + 4 * t;
    ctx.beginPath();
    ctx.moveTo(x0 + size / 2, y0);
    ctx.bezierCurveTo(x0 + gap / 2, y0, x1 - gap / 2, y1, x1 - size / 2, y1);
    ctx.stroke();
  })));
  const maps = bytes(d.maps), m = scene.m, lut = divergingLut(1);
  let unit = 0;
  scene.layers.forEach((count, col) => {
    for (let i = 0; i < count; i++, unit++) {
      const base = unit * m * m;
      const [x, y] = centre(col, i);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(tile(m, (k) => lut[maps[base + k]]), x - size / 2, y - size / 2, size, size);
      ctx.strokeStyle = "#999";
      ctx.lineWidth = 1;
      ctx.strokeRect(x - size / 2, y - size / 2, size, size);
      if (col === 0) {
        ctx.fillStyle = "#333";
        ctx.font = "12px sans-serif";
        ctx.textAlign = "right";
        ctx.textBaseline = "middle";
        ctx.fillText(scene.text.inputs[i] || "", x - size / 2 - 6, y);
      }
    }
  });
  return height;
}

function drawOutput(canvas, d, scene, side) {
  const ctx = sized(canvas, side, side);
  const n = scene.n, out = bytes(d.out), colours = scene.colors.map(hexRgb);
  const sure = (v) => scene.discretize ? 1 : Math.abs(v - 127.5) / 127.5;  // "discretize": the decision only
  const table = (f) => Uint32Array.from({ length: 256 }, (_, v) => packed(f(v)));  // a colour per byte value
  let colourOf;
  if (scene.mode === "binary") {
    const lut = table((v) => mix(WHITE, v < 128 ? colours[0] : colours[1], sure(v) * 0.6));
    colourOf = (k) => lut[out[k]];
  } else if (scene.mode === "classes") {  // the winning class, then how sure: a table per class
    const luts = colours.map((c) => table((v) => mix(WHITE, c, scene.discretize ? 0.6 : v / 255 * 0.6)));
    colourOf = (k) => luts[out[k] % luts.length][out[n * n + k]];
  } else {
    const lut = scene.discretize ? table((v) => mix(WHITE, v < 128 ? NEG : POS, 0.8)) : divergingLut(0.8);
    colourOf = (k) => lut[out[k]];
  }
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(tile(n, colourOf), 0, 0, side, side);
  ctx.drawImage(pointsLayer(scene, side), 0, 0, side, side);
}

// the data points, the same all run long: drawn once per scene and size on an offscreen canvas, then copied
// onto every frame (250-odd paths a frame had been most of the canvas's own time)
function pointsLayer(scene, side) {
  const ratio = window.devicePixelRatio || 1;
  if (scene.layer && scene.layer.side === side && scene.layer.ratio === ratio) return scene.layer.canvas;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = Math.round(side * ratio);
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const pts = bytes(scene.points), labels = bytes(scene.labels), colours = scene.colors.map(hexRgb);
  for (let i = 0; i < labels.length; i++) {
    const x = pts[2 * i] / 255 * side, y = (1 - pts[2 * i + 1] / 255) * side;
    const c = colours[labels[i] % colours.length];
    ctx.strokeStyle = ctx.fillStyle = `rgb(${c.join(",")})`;
    if (i >= scene.test_from) {  // held-out points: crosses
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x - 3, y - 3); ctx.lineTo(x + 3, y + 3); ctx.moveTo(x + 3, y - 3); ctx.lineTo(x - 3, y + 3);
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.arc(x, y, 3, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = "#222";  // a dark rim: ≥ 3:1 against the map and the page (WCAG 1.4.11)
      ctx.lineWidth = 0.8;
      ctx.stroke();
    }
  }
  scene.layer = { canvas, side, ratio };
  return canvas;
}

// a loss to 3 significant digits, the same way for both lines: 0.693, 0.0153, 1.50e-5
const lossText = (v) => (v === 0 || Math.abs(v) >= 1e-3 ? v.toPrecision(3) : v.toExponential(2));

function drawLoss(canvas, d, scene, width) {
  const height = 150, ctx = sized(canvas, width, height);
  const epochs = d.loss.epochs;
  const [trainColour, testColour] = scene.series.map(hexRgb);  // as the finished run's loss chart draws them
  const series = [[d.loss.train, trainColour, scene.text.train], [d.loss.test, testColour, scene.text.test]]
    .filter((s) => s[0].length);
  ctx.font = "12px sans-serif";
  ctx.textBaseline = "top";
  ctx.fillStyle = "#333";
  ctx.textAlign = "left";
  ctx.fillText(scene.text.loss, 4, 2);
  series.forEach(([ys, colour, name], k) => {  // a legend line each, with the latest value
    ctx.fillStyle = `rgb(${colour.join(",")})`;
    ctx.textAlign = "right";
    ctx.fillText(`${name} ${lossText(ys[ys.length - 1])}`, width - 4, 2 + 14 * k);
  });
  const values = series.flatMap((s) => s[0]).filter((v) => v > 0 && isFinite(v));
  if (!values.length || !epochs.length) return;
  const lo = Math.log10(Math.min(...values)), hi = Math.log10(Math.max(...values)) + 1e-6;
  const top = 34, bottom = height - 18, first = epochs[0], last = epochs[epochs.length - 1];
  ctx.strokeStyle = "#ddd";
  ctx.lineWidth = 1;
  ctx.strokeRect(4, top, width - 8, bottom - top);
  series.forEach(([ys, colour]) => {
    ctx.strokeStyle = `rgb(${colour.join(",")})`;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ys.forEach((v, i) => {
      const x = 4 + (width - 8) * (last > first ? (epochs[i] - first) / (last - first) : 1);
      const y = bottom - (bottom - top) * (Math.log10(Math.max(v, 1e-12)) - lo) / (hi - lo || 1);
      i ? ctx.lineTo(x, y) : ctx.moveTo(x, y);
    });
    ctx.stroke();
  });
  ctx.fillStyle = "#555";
  ctx.textAlign = "left";
  ctx.textBaseline = "bottom";
  ctx.fillText(`${scene.text.epoch} ${first}–${last}`, 4, height);
}

// Frames come in batches (one per fragment rerun, several frames each) and are painted one per animation
// frame at the rate they were recorded ("hz"), a little faster while behind; more than 0.8 s behind, the
// oldest are dropped, so a slow browser shows fewer pictures, not older ones.
function paint(root, d, scene) {
  const width = Math.max(320, root.clientWidth || 700);
  const side = Math.min(320, Math.max(180, Math.floor(width * 0.36)));
  drawNetwork(root.querySelector(".net"), d, scene, width - side - 24);
  drawOutput(root.querySelector(".out"), d, scene, side);
  drawLoss(root.querySelector(".loss"), d, scene, side);
  window.dlcLivePaints = (window.dlcLivePaints || 0) + 1;
  root.dataset.paints = String(window.dlcLivePaints);
  root.dataset.step = String(d.step);
}

function tick(root, now) {
  const queue = root.queue, interval = 1000 / root.hz;
  while (queue.length > Math.max(2, root.hz * 0.8)) queue.shift();  // batches come every 0.4 s (LIVE_SEND_EVERY)
  if (queue.length && now >= (root.due || 0) - 8) {  // due within half an animation frame
    root.due = Math.max((root.due || now) + interval * (queue.length > 3 ? 0.7 : 1), now - interval);
    paint(root, queue.shift(), root.scene);
  }
  if (queue.length) requestAnimationFrame((t) => tick(root, t));
  else root.playing = false;
}

export default function (component) {
  const { data, parentElement } = component;
  const root = parentElement.querySelector(".dlc-live");
  root.setAttribute("aria-label", data.label || "");
  if (root.run !== data.run) {
    Object.assign(root, { run: data.run, seen: 0, queue: [] });
  }
  const sceneKey = JSON.stringify(data.scene);  // a new object every rerun: keep the old one (and its cached
  if (root.sceneKey !== sceneKey) {             // points layer) while it says the same
    Object.assign(root, { scene: data.scene, sceneKey });
  }
  root.hz = data.hz || 25;
  for (const frame of data.frames) {
    if (frame.seq > root.seen) {
      root.queue.push(frame);
      root.seen = frame.seq;
    }
  }
  if (root.queue.length && !root.playing) {
    root.playing = true;
    requestAnimationFrame((t) => tick(root, t));
  }
}
