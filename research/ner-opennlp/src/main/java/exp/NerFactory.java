package exp;

import java.util.Collections;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/** Name finder factory that plugs in the experiment's Java-built feature generator (see Exp.build). */
public class NerFactory extends TokenNameFinderFactory {
  public NerFactory() { super(Exp.defaultXml(), Collections.emptyMap(), new BioCodec()); }
  @Override public AdaptiveFeatureGenerator createFeatureGenerators() { Exp.genCalls++; return Exp.GEN.get(); }
}
