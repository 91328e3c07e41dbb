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
        -0.167278, -0.680424, 1.389321, -0.742506, -1.237837, -0.13349, -0.713419, -0.485354, 0.153942, 0.380791,
        -0.406204, 0.005067, -0.334041, -1.39573,
      ],
      [
        0.21969, 0.193006, -1.045249, 0.597648, 0.024515, 0.33053, 0.098285, -0.496757, 0.382723, 0.207971, 0.300919,
        -0.068368, 0.024792, 1.077583,
      ],
      [
        -0.052412, 0.487417, -0.344072, 0.144858, 1.213322, -0.19704, 0.615134, 0.982111, -0.536665, -0.588762,
        0.105284, 0.063301, 0.309248, 0.32633,
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
