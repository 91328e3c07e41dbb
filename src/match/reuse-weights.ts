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
      0.524653, 0.310836, 0.235804, 0.436038, 0.234187, 0.221559, 2.163448, 0.694571, 0.339361, 0.217477, 0.148248,
      0.21736,
    ],
    scale: [
      0.258754, 0.312903, 0.317097, 0.285275, 0.279212, 0.299128, 1.058168, 0.235467, 0.309702, 0.310825, 0.347738,
      0.410839,
    ],
    weights: [
      [
        0.359227, 1.615747, -0.244228, 0.262227, -0.418974, -0.118978, 0.287887, 0.035947, 0.798677, -0.1578, 0.063835,
        0.144581, 0.548416,
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
      0.653765, 0.612211, 0.653126, 0.319357, 0.306417, 0.314523, 0.350496, 0.336073, 2.790073, 5.490825, 0.348107,
      0.77683, 0.654609,
    ],
    scale: [
      0.264366, 0.343331, 0.262849, 0.290018, 0.288191, 0.3012, 0.278906, 0.277443, 0.96231, 0.83664, 0.421402, 0.27326,
      0.265581,
    ],
    weights: [
      [
        -0.116861, -0.784088, 1.37027, -0.53227, -1.158135, -0.135391, -0.627582, -0.451684, 0.063144, 0.397421,
        -0.437391, -0.064844, -0.321975, -1.24034,
      ],
      [
        0.081161, 0.437195, -1.103412, 0.359432, -0.104708, 0.368488, 0.169578, -0.466549, 0.416598, 0.199408, 0.380824,
        0.050988, -0.05691, 1.003553,
      ],
      [
        0.035713, 0.346889, -0.266861, 0.17281, 1.262814, -0.233104, 0.458002, 0.918205, -0.479745, -0.59683, 0.056552,
        0.013846, 0.378874, 0.28652,
      ],
    ],
  },
  sentenceThreshold: 0.3,
  minTrigrams: 0.12,
  related: {
    features: ["trigrams", "names", "logShared"],
    classes: ["kept", "reused"],
    mean: [0.074408, 0.324125, 1.703461],
    scale: [0.118906, 0.284617, 0.584196],
    weights: [[1.983832, 1.342746, 0.65954, 0.220347]],
  },
  relatedThreshold: 0.35,
};
