/**
 * The {@code malaff} command (picocli): thin commands over the layers below. Every command has
 * {@code --help}, prints JSON with {@code --json} in the shapes of {@code shared/spec/cli-json.md},
 * and exits 0 on success, 2 with a one-line reason on bad usage or bad input, 1 on an internal
 * error.
 */
package org.malaff.cli;
