/**
 * Meaning rather than words: a sentence encoder run in-process by ONNX Runtime (the shipped English
 * model, or an operator's model folder per edition), one logistic head per rule over its embeddings,
 * and the detector that turns the heads' probabilities into findings that name their nearest labelled
 * examples. A learned finding alone never rejects; the engine holds it unless another detector agrees.
 */
package io.tribune.moderation.engine.semantic;
