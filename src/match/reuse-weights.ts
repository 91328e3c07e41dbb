/**
 * Weights of the reuse models (match/reuse-model.ts), written by `node dist/bench/fit-reuse.js` from the dev
 * halves of METER (../shared/meter) and of the spun-news set (../shared/eval/dev); see that script. Do not edit.
 */
import type { ReuseModels } from "./reuse-model.js";

export const REUSE_MODELS: ReuseModels = {
  sentence: {
    features: [
      "words",
      "bigrams",
      "trigrams",
      "proseWords",
      "proseBigrams",
      "plainBigrams",
      "logPlainCount",
      "sourceWords",
      "sourceBigrams",
      "sourceTrigrams",
      "numbersMissing",
      "passage",
    ],
    classes: ["kept", "reused"],
    mean: [
      0.525389, 0.311606, 0.236501, 0.436582, 0.2347, 0.222137, 2.163448, 0.695031, 0.339743, 0.217655, 0.148248,
      0.203676,
    ],
    scale: [
      0.258976, 0.31323, 0.317558, 0.285564, 0.279539, 0.299522, 1.058168, 0.235476, 0.309801, 0.311006, 0.347738,
      0.4015,
    ],
    weights: [
      [
        0.336406, 1.691633, -0.236397, 0.283036, -0.44783, -0.121583, 0.291924, 0.047235, 0.798639, -0.175445, 0.066554,
        0.097686, 0.545158,
      ],
    ],
  },
  document: {
    features: [
      "reusedShare",
      "confidentShare",
      "proseShare",
      "bestTrigrams",
      "bestProseTrigrams",
      "bestPlainTrigrams",
      "trigrams",
      "proseTrigrams",
      "logLongestRun",
      "logWords",
      "passageShare",
      "concentration",
      "sentenceShare",
    ],
    classes: ["non", "partially", "wholly"],
    mean: [
      0.654625, 0.615879, 0.654128, 0.319791, 0.306724, 0.314816, 0.351925, 0.337424, 2.791035, 5.490825, 0.343979,
      0.771598, 0.655513,
    ],
    scale: [
      0.26455, 0.341751, 0.263119, 0.29015, 0.288345, 0.301396, 0.279103, 0.277684, 0.963022, 0.83664, 0.422556,
      0.274268, 0.265746,
    ],
    weights: [
      [
        -0.108773, -0.851731, 1.433861, -0.550885, -1.151713, -0.106436, -0.682883, -0.448364, 0.059997, 0.385893,
        -0.433549, -0.083267, -0.291531, -1.24955,
      ],
      [
        0.12584, 0.443458, -1.134419, 0.442355, -0.039422, 0.34425, 0.102744, -0.510458, 0.430323, 0.2012, 0.351347,
        0.011043, -0.04392, 1.006521,
      ],
      [
        -0.017067, 0.408274, -0.299443, 0.10853, 1.191134, -0.237813, 0.580138, 0.958822, -0.49032, -0.587094, 0.082202,
        0.072224, 0.33545, 0.274994,
      ],
    ],
  },
  sentenceThreshold: 0.5,
  minTrigrams: 0.14,
  related: {
    features: ["trigrams", "names", "logShared"],
    classes: ["kept", "reused"],
    mean: [0.065853, 0.298085, 1.67652],
    scale: [0.111075, 0.276944, 0.598033],
    weights: [[1.463673, 1.326522, 0.955873, -0.171712]],
  },
  relatedThreshold: 0.25,
};
