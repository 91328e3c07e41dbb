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
      0.524671, 0.310912, 0.235866, 0.436083, 0.234294, 0.221609, 2.163448, 0.694571, 0.339361, 0.217477, 0.148248,
      0.21736,
    ],
    scale: [
      0.258752, 0.312878, 0.317076, 0.285293, 0.279203, 0.299147, 1.058168, 0.235467, 0.309702, 0.310825, 0.347738,
      0.410839,
    ],
    weights: [
      [
        0.343147, 1.633519, -0.242156, 0.267382, -0.413637, -0.126354, 0.287085, 0.039094, 0.797516, -0.165034,
        0.064278, 0.144477, 0.548127,
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
      0.654254, 0.613339, 0.653546, 0.319381, 0.306415, 0.314506, 0.350789, 0.336332, 2.789915, 5.490825, 0.348396,
      0.774872, 0.655105,
    ],
    scale: [
      0.264013, 0.342861, 0.262561, 0.289994, 0.288195, 0.301218, 0.278695, 0.277287, 0.962417, 0.83664, 0.421395,
      0.27447, 0.265211,
    ],
    weights: [
      [
        -0.126415, -0.764226, 1.359973, -0.530201, -1.163499, -0.132895, -0.613864, -0.446078, 0.065591, 0.396676,
        -0.443049, -0.064996, -0.328623, -1.235293,
      ],
      [
        0.084177, 0.434391, -1.098703, 0.359768, -0.100498, 0.367018, 0.157408, -0.469209, 0.417938, 0.19988, 0.385816,
        0.049132, -0.057626, 1.000078,
      ],
      [
        0.042239, 0.329835, -0.26127, 0.170433, 1.263998, -0.234123, 0.456457, 0.915287, -0.48353, -0.596556, 0.057233,
        0.015864, 0.386249, 0.286449,
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
