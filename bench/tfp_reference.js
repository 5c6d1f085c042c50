// TensorFlow Playground's own training code, run in Node without its page, to count the epochs it needs
// to reach a held-out accuracy on each data set (the reference for `python -m bench --only playground`).
//
// It is not part of CI (it needs TensorFlow Playground's source and three npm packages). To run it:
//   git clone https://github.com/tensorflow/playground /tmp/tfp        (or any checkout of its src/)
//   npm install --prefix /tmp/tfpref typescript@5 d3@3.5.17 seedrandom@2.4.4
//   NODE_PATH=/tmp/tfpref/node_modules node bench/tfp_reference.js /tmp/tfp/src
//
// What it does is what playground.ts does on Play: generateData() (Math.seedrandom(seed), 500 points,
// noise 0, shuffle, 50 % train), nn.buildNetwork([2, 8, 8, 1], tanh, tanh output, no regularisation,
// inputs x1 and x2), then per epoch (one animation frame: oneStep()) forwardProp/backProp with squared
// error on each training point and updateWeights every `batchSize` (10) points at learning rate 0.03.
// After each epoch it scores the test half: a point is right when the output's sign is its label's.
// An epoch is one frame of TensorFlow Playground's animation; its page ran ~39 frames a second in the
// measurement in issue 25 (990 steps/s at 25 steps an epoch), so seconds ≈ epochs / 39.6.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");
const seedrandom = require("seedrandom");

const src = process.argv[2];
if (!src || !fs.existsSync(path.join(src, "nn.ts"))) {
  console.error("usage: node bench/tfp_reference.js <TensorFlow Playground's src folder>");
  process.exit(2);
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), "tfp-"));
for (const name of ["nn", "dataset"]) {
  const code = ts.transpileModule(fs.readFileSync(path.join(src, name + ".ts"), "utf8"),
    {compilerOptions: {module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017}}).outputText;
  fs.writeFileSync(path.join(out, name + ".js"), code);
}
Math.seedrandom = (seed) => { Math.random = seedrandom(seed); };  // what the page's seedrandom.min.js does
const nn = require(path.join(out, "nn.js"));
const dataset = require(path.join(out, "dataset.js"));

const FPS = 39.6;  // TensorFlow Playground's epochs (animation frames) per second, measured in issue 25
const MAX_EPOCHS = 2000;
const SEEDS = ["0.12345", "0.23456", "0.34567", "0.45678", "0.56789", "0.67890", "0.78901", "0.89012",
               "0.90123", "0.01234"];
const TASKS = [
  ["circle", dataset.classifyCircleData, 0.95],
  ["xor", dataset.classifyXORData, 0.95],
  ["gauss", dataset.classifyTwoGaussData, 0.95],
  ["spiral", dataset.classifySpiralData, 0.90],
];

function accuracy(network, points) {
  let right = 0;
  for (const p of points) {
    const y = nn.forwardProp(network, [p.x, p.y]);
    if ((y >= 0 ? 1 : -1) === p.label) right++;
  }
  return right / points.length;
}

function epochsToTarget(generate, target, seed) {
  Math.seedrandom(seed);  // generateData()
  const data = generate(500, 0);
  dataset.shuffle(data);
  const train = data.slice(0, 250), test = data.slice(250);
  // reset(): the weights come from the same seeded stream, after the data
  const network = nn.buildNetwork([2, 8, 8, 1], nn.Activations.TANH, nn.Activations.TANH, null,
                                  ["x", "y"], false);
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    train.forEach((p, i) => {  // oneStep()
      nn.forwardProp(network, [p.x, p.y]);
      nn.backProp(network, p.label, nn.Errors.SQUARE);
      if ((i + 1) % 10 === 0) nn.updateWeights(network, 0.03, 0);
    });
    if (accuracy(network, test) >= target) return epoch;
  }
  return null;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const [name, generate, target] of TASKS) {
  const epochs = SEEDS.map((seed) => epochsToTarget(generate, target, seed));
  const med = median(epochs.map((e) => e ?? Infinity));  // a seed that never gets there counts as slowest
  const never = epochs.filter((e) => e === null).length;
  console.log(`tfp ${name}: to-${Math.round(target * 100)}% epochs per seed ${epochs.map((e) => e ?? "never").join(" ")}; ` +
              (Number.isFinite(med) ? `median ${med} epochs ≈ ${(med / FPS).toFixed(2)} s at ${FPS} frames/s`
                                    : `median: not reached within ${MAX_EPOCHS} epochs`) +
              (never ? ` (${never} of ${epochs.length} seeds never within ${MAX_EPOCHS} epochs)` : ""));
}
