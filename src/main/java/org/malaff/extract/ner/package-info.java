/**
 * A trained named-entity recognizer: an averaged structured perceptron over BIO tags (PERS, LOC,
 * ORG, MISC) with hashed features of a word, its neighbours, its letters and Malaff's own lists,
 * decoded with Viterbi, and what a {@link org.malaff.extract.ner.Lexicon} knows about words beyond
 * the tagged corpus (word classes and {@link org.malaff.extract.ner.WordProfiles profiles} learned
 * from unlabelled news, {@link org.malaff.extract.ner.NameWords words of foreign names}). {@link
 * org.malaff.extract.ner.NerTrainer} learns a {@link org.malaff.extract.ner.NerModel} from a
 * tagged corpus such as ANERcorp ({@link org.malaff.extract.ner.TaggedCorpus}); the model and its
 * lexicon ship as resources and tag running text.
 */
package org.malaff.extract.ner;
