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
      0.51701, 0.308688, 0.234981, 0.428258, 0.231616, 0.21931, 2.163448, 0.686244, 0.338378, 0.217276, 0.143705,
      0.203676,
    ],
    scale: [
      0.268672, 0.31493, 0.318225, 0.291604, 0.280196, 0.300048, 1.058168, 0.25167, 0.310764, 0.311133, 0.342861,
      0.4015,
    ],
    weights: [
      [
        0.290888, 1.68141, -0.184996, 0.260916, -0.40824, -0.115991, 0.292453, -0.069347, 0.905024, -0.214012, 0.052596,
        0.0943, 0.543945,
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
      0.654347, 0.612544, 0.653787, 0.319532, 0.306493, 0.31465, 0.350453, 0.335812, 2.75615, 5.490825, 0.343979,
      0.777072, 0.655344,
    ],
    scale: [
      0.265838, 0.343646, 0.264413, 0.290428, 0.288583, 0.301565, 0.280674, 0.279287, 1.02688, 0.83664, 0.422556,
      0.284954, 0.266824,
    ],
    weights: [
      [
        -0.16538, -0.655712, 1.337364, -0.807172, -1.223733, -0.163952, -0.680235, -0.430849, 0.177967, 0.377824,
        -0.44949, 0.00607, -0.336662, -1.654018,
      ],
      [
        0.219117, 0.171743, -0.98635, 0.639671, -0.011429, 0.357279, 0.085933, -0.514237, 0.367558, 0.205347, 0.315567,
        -0.061759, -0.003444, 1.168628,
      ],
      [
        -0.053677, 0.484016, -0.350969, 0.167481, 1.235108, -0.19329, 0.594333, 0.945059, -0.54544, -0.583203, 0.133947,
        0.055723, 0.340123, 0.39243,
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
