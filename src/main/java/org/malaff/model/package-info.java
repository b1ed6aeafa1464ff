/**
 * Immutable records that flow between the pipeline stages: {@link org.malaff.model.Dossier},
 * {@link org.malaff.model.Article}, its {@link org.malaff.model.Byline} and body
 * {@link org.malaff.model.Block}s, and the {@link org.malaff.model.Problem}s found in external data.
 *
 * <p>Nothing here does I/O or depends on another Malaff package. Collections are never null;
 * absent scalar values are {@code null} and documented as such.
 */
package org.malaff.model;
