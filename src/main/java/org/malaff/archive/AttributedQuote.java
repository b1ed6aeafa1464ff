package org.malaff.archive;

/** A quote with the article it was said in. */
public record AttributedQuote(StoredQuote quote, ArticleRef article) {}
