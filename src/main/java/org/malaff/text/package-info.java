/**
 * Arabic text analysis with no I/O: letter constants, folding of text into match keys that keep
 * offsets into the original, and reading dates written in Arabic (Gregorian month names of the
 * Egyptian, Levantine and Maghrebi series, Hijri months, weekdays, numeric dates and times,
 * relative days).
 *
 * <p>Nothing here changes the text shown to readers: every function returns keys or readings
 * beside the original.
 */
package org.malaff.text;
