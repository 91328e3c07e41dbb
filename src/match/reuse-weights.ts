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
      "contentWords",
      "sourceContent",
    ],
    classes: ["kept", "reused"],
    mean: [
      0.488702, 0.29777, 0.229823, 0.401328, 0.220951, 0.208554, 2.163448, 0.645695, 0.327855, 0.214716, 0.13144,
      0.201556, 0.420409, 0.537581,
    ],
    scale: [
      0.29502, 0.31974, 0.319136, 0.305529, 0.281563, 0.299493, 1.058168, 0.302642, 0.317181, 0.312049, 0.330215,
      0.399927, 0.33759, 0.34567,
    ],
    weights: [
      [
        -0.041163, 0.828328, 0.343279, 0.106359, -0.428153, 0.120961, 0.227316, -1.200272, 0.771005, -0.580407,
        0.068522, 0.07405, 0.826129, 1.345315, 0.470086,
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
      "lead",
    ],
    classes: ["non", "partially", "wholly"],
    mean: [
      0.663975, 0.645798, 0.663193, 0.317723, 0.30453, 0.312932, 0.345062, 0.330018, 2.643244, 5.490825, 0.343861,
      0.762344, 0.664817, 0.643954,
    ],
    scale: [
      0.268405, 0.349132, 0.267756, 0.292309, 0.290533, 0.303209, 0.285994, 0.284627, 1.201124, 0.83664, 0.422557,
      0.328287, 0.269414, 0.300267,
    ],
    weights: [
      [
        -0.079688, -0.444782, 1.091926, -0.993955, -1.039485, -0.02131, -0.656066, -0.419486, 0.01608, 0.427197,
        -0.130769, 0.265527, -0.623906, 0.161649, -1.532978,
      ],
      [
        0.078128, 0.317086, -0.679082, 0.707988, -0.253308, 0.342776, 0.10099, -0.355082, 0.409879, 0.168607, 0.136373,
        -0.139537, 0.157314, -0.568407, 0.947757,
      ],
      [
        0.002611, 0.128852, -0.41182, 0.286807, 1.293767, -0.32086, 0.555843, 0.775485, -0.424632, -0.597134, -0.0042,
        -0.124501, 0.467662, 0.408012, 0.24166,
      ],
    ],
  },
  sentenceThreshold: 0.5,
  minTrigrams: 0.14,
  minTrigramsBrief: 0.12,
  related: {
    features: ["trigrams", "names", "logShared"],
    classes: ["kept", "reused"],
    mean: [0.065853, 0.298085, 1.67652],
    scale: [0.111075, 0.276944, 0.598033],
    weights: [[1.463673, 1.326522, 0.955873, -0.171712]],
  },
  relatedThreshold: 0.25,
};
