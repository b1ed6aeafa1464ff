/**
 * A trained named-entity recognizer: an averaged structured perceptron over BIO tags (PERS, LOC,
 * ORG, MISC) with hashed features of a word, its neighbours, its letters and Malaff's own lists,
 * decoded with Viterbi. {@link org.malaff.extract.ner.NerTrainer} learns a {@link
 * org.malaff.extract.ner.NerModel} from a tagged corpus such as ANERcorp ({@link
 * org.malaff.extract.ner.TaggedCorpus}); the model ships as a resource and tags running text.
 */
package org.malaff.extract.ner;
