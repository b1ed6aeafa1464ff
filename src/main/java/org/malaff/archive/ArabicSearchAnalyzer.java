package org.malaff.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Malaff's Arabic analysis for search, built from Lucene's filters: words by the standard tokenizer,
 * lower case (Latin), Arabic-Indic digits folded to ASCII, Arabic normalization (hamza seats, ة →
 * ه, ى → ي, harakat and tatweel removed), stop words (Lucene's Arabic list, normalized the same way,
 * so a stop word typed without its hamza is one too), then the light stemmer (ال، و، ب … and
 * common suffixes). A query typed without hamza, with ه for ة or ي for ى matches the text as
 * written.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
  private static final CharArraySet STOP = normalized(ArabicAnalyzer.getDefaultStopSet());

  private static CharArraySet normalized(CharArraySet words) {
    CharArraySet out = new CharArraySet(words.size(), false);
    ArabicNormalizer normalizer = new ArabicNormalizer();
    for (Object w : words) {
      char[] c = (char[]) w;
      char[] copy = java.util.Arrays.copyOf(c, c.length);
      out.add(new String(copy, 0, normalizer.normalize(copy, copy.length)));
    }
    return out;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new DecimalDigitFilter(result);
    result = new ArabicNormalizationFilter(result);
    result = new StopFilter(result, STOP);
    result = new ArabicStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
  }
}
