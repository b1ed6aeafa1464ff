/**
 * A trained named-entity recognizer: an averaged structured perceptron over BIO tags (PERS, LOC,
 * ORG, MISC) with hashed features of a word, its neighbours, its letters and Malaff's own lists,
 * decoded with Viterbi, and what a {@link org.malaff.extract.ner.Lexicon} knows about words beyond
 * the tagged corpus (word classes and {@link org.malaff.extract.ner.WordProfiles profiles} learned
 * from unlabelled news, {@link org.malaff.extract.ner.NameWords words of foreign names} and of
 * listed names). {@link org.malaff.extract.ner.NerTrainer} learns a {@link
 * org.malaff.extract.ner.NerModel} from a tagged corpus such as ANERcorp ({@link
 * org.malaff.extract.ner.TaggedCorpus}); the model and its lexicon ship as resources and tag running
 * text. Most of a token's features belong to one word in one place ({@link
 * org.malaff.extract.ner.WordFacts}); a model sums their weights once per word ({@link
 * org.malaff.extract.ner.KnownWords}) and looks up only the features of word pairs and of the
 * document for each token. Before tags become names, {@link org.malaff.extract.ner.PersonSpans}
 * mends the edges of person names and {@link org.malaff.extract.ner.DocumentSpans} gives a name
 * tagged once in a document to its untagged uses.
 */
package org.malaff.extract.ner;
