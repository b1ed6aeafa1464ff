/**
 * Finding duplicates: exact copies, near copies, articles contained in others, and paragraphs
 * reused across articles.
 *
 * <p>The path: {@link org.malaff.dedup.Fingerprinter} turns an article into a {@link
 * org.malaff.dedup.Fingerprint} (normalized 5-word shingles, a one-permutation MinHash signature,
 * content-defined shingle samples, per-paragraph shingles); {@link org.malaff.dedup.DuplicateIndex}
 * finds candidates without comparing all pairs (LSH bands of the signature for near copies, the
 * samples for containment and reuse); {@link org.malaff.dedup.DuplicateJudge} verifies each
 * candidate exactly and names the kind. {@link org.malaff.dedup.DuplicateFinder} runs the path over
 * a collection. Parameters and how they were chosen: {@link org.malaff.dedup.DedupSettings}.
 */
package org.malaff.dedup;
