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
      0.488702, 0.29777, 0.229823, 0.401328, 0.220951, 0.208554, 2.163448, 0.645695, 0.327855, 0.214716, 0.13144,
      0.201556,
    ],
    scale: [
      0.29502, 0.31974, 0.319136, 0.305529, 0.281563, 0.299493, 1.058168, 0.302642, 0.317181, 0.312049, 0.330215,
      0.399927,
    ],
    weights: [
      [
        0.111444, 1.516596, 0.050722, 0.256383, -0.282974, -0.07487, 0.233366, -0.124078, 1.071903, -0.423018, 0.039667,
        0.071855, 0.520652,
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
      0.653468, 0.614934, 0.652352, 0.317723, 0.30453, 0.312932, 0.345062, 0.330018, 2.643244, 5.490825, 0.343861,
      0.76281, 0.654453,
    ],
    scale: [
      0.274392, 0.353246, 0.273383, 0.292309, 0.290533, 0.303209, 0.285994, 0.284627, 1.201124, 0.83664, 0.422557,
      0.328021, 0.275239,
    ],
    weights: [
      [
        -0.002301, -0.832273, 1.314006, -0.947078, -0.969374, -0.115192, -0.780622, -0.43567, 0.01326, 0.456648,
        -0.340324, 0.207536, -0.284007, -1.59711,
      ],
      [
        0.180893, 0.097539, -0.931649, 0.686826, -0.259496, 0.322263, 0.211137, -0.479908, 0.560637, 0.156674, 0.210442,
        -0.112244, 0.023726, 1.058489,
      ],
      [
        -0.178665, 0.734521, -0.382531, 0.259938, 1.228355, -0.20722, 0.569271, 0.91513, -0.573851, -0.613267, 0.129505,
        -0.095256, 0.260227, 0.294479,
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
