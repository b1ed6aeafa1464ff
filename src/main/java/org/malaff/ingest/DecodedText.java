package org.malaff.ingest;

import java.nio.charset.Charset;

/** Text read from a file, with the character set it was in. */
public record DecodedText(String text, Charset charset) {}
