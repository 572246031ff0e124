"""The language's knowledge the entity filters read: French words, places, how often a word is capitalised.

These read the model package's files directly (its lemmatizer tables and the order of its vector
table): if a new model lays them out otherwise, these tests fail loudly.
"""

from __future__ import annotations

import pytest

from pipeline.entities import load_nlp
from pipeline.ner import lexicon


@pytest.mark.parametrize(
    "word, common",
    [("bourse", True), ("viandes", True), ("pilotés", True), ("construire", True), ("trésor", True),
     ("maroc", False), ("attijariwafa", False), ("akdital", False)],
)
def test_the_models_lemma_tables_know_french_words(word, common):
    assert lexicon.is_common_word(word) is common


@pytest.mark.parametrize("word, demonym", [("Marocains", True), ("Sénégalaise", True), ("Plan", False),
                                            ("Maroc", False)])
def test_demonyms(word, demonym):
    assert lexicon.is_demonym(word) is demonym


@pytest.mark.parametrize("name", ["Chine", "Etats-Unis", "États-Unis", "Paris", "Casablanca",
                                  "Afrique subsaharienne"])
def test_places_from_cldr(name):
    assert lexicon.is_place_name(name)


def test_the_vector_table_is_in_order_of_frequency():
    vocab = load_nlp().vocab
    assert lexicon.case_rank_ratio(vocab, "Bourse") > lexicon.LOWER_CASE_RANK_RATIO  # "la bourse" is the word
    assert lexicon.case_rank_ratio(vocab, "Paris") < 1  # "paris" (bets) is the rarer form
    key2row = vocab.vectors.key2row
    rank = [key2row[vocab.strings[w]] for w in ("de", "économie", "phosphate")]
    assert rank == sorted(rank)  # a function word, a common noun, a rarer noun
