/**
 * The {@code moderate} command line: JSON lines in, decisions out (with revision and error lines),
 * classifier training, and evaluation against labelled comments and threads. Its input and output
 * shapes are a contract that others evaluate the engine through.
 */
package io.tribune.moderation.engine.cli;
