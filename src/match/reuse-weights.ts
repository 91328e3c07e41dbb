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
      0.495391, 0.30022, 0.230856, 0.408044, 0.223575, 0.210677, 2.163448, 0.655916, 0.331108, 0.215681, 0.134014,
      0.201556, 0.426081, 0.546339,
    ],
    scale: [
      0.289997, 0.318503, 0.318766, 0.302841, 0.280933, 0.29941, 1.058168, 0.293573, 0.315556, 0.311715, 0.332749,
      0.399927, 0.334717, 0.341022,
    ],
    weights: [
      [
        0.022448, 0.977402, 0.206763, 0.07744, -0.402872, 0.106991, 0.237545, -0.973816, 0.69109, -0.573146, 0.085041,
        0.066414, 0.772279, 1.266279, 0.46051,
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
      0.664947, 0.65505, 0.664111, 0.319336, 0.306094, 0.314405, 0.347247, 0.332103, 2.674512, 5.490825, 0.343861,
      0.777955, 0.665868, 0.645123,
    ],
    scale: [
      0.272274, 0.342589, 0.27168, 0.291145, 0.289458, 0.302597, 0.284305, 0.283114, 1.154927, 0.83664, 0.422557,
      0.313173, 0.273323, 0.305177,
    ],
    weights: [
      [
        -0.110736, -0.369895, 1.009212, -0.837588, -0.74684, -0.299641, -0.601994, -0.256286, -0.112723, 0.423917,
        -0.090703, 0.172409, -0.714085, 0.126514, -1.38499,
      ],
      [
        0.080309, 0.337313, -0.653928, 0.689296, -0.301492, 0.329606, 0.073619, -0.402174, 0.427904, 0.146068, 0.15139,
        -0.110678, 0.141743, -0.550402, 0.900347,
      ],
      [
        0.029678, 0.032661, -0.356037, 0.147266, 1.04766, -0.031198, 0.527401, 0.657839, -0.315277, -0.570017,
        -0.061676, -0.062251, 0.571611, 0.422572, 0.137062,
      ],
    ],
  },
  sentenceThreshold: 0.5,
  minTrigrams: 0.14,
  minTrigramsBrief: 0.12,
  related: {
    features: ["trigrams", "names", "logShared", "topic"],
    classes: ["kept", "reused"],
    mean: [0.057337, 0.299821, 1.39389, 0.284114],
    scale: [0.103512, 0.263024, 0.831449, 0.257842],
    weights: [[1.762448, 0.554571, -0.366799, 1.337475, -0.869009]],
  },
  relatedThreshold: 0.2,
};
