package org.malaff.extract;

import org.malaff.extract.ner.ModelNameFinder;
import org.malaff.read.Gazetteer;

/** The sample's variant sets, namesakes and quote speakers, with the trained model's names added to the rules'. */
class SampleExtractionWithModelTest extends SampleExtractionTest {
  @Override
  EntityExtractor extractor() {
    Gazetteer gazetteer = Gazetteer.bundled();
    return new EntityExtractor(gazetteer, ModelNameFinder.bundled(gazetteer));
  }
}
