"""People met by one word (a given name, a surname of a full name the article gives, a middle name
left out), an ordinal opening a name, a site's promotion of its pages. Sentences are written for
the tests; those that need the model load it once.
"""

from __future__ import annotations

import pytest

from pipeline.ner.furniture import furniture_and_promotions
from pipeline.ner.linking import middle_dropped
from pipeline.patterns.entities import WORLD_GIVEN_NAMES
from tests.test_entities import canonical_of, entities


@pytest.fixture(scope="module")
def nlp():
    from pipeline.entities import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    "full, short, same",
    [
        ("Waldemar Mordecai Haffkine", "Waldemar Haffkine", True),
        ("Ahmad Shah Massoud", "Ahmad Massoud", True),
        ("Sonir Roberto Rauber Antonini", "Sonir Antonini", True),
        ("Sonir Roberto Rauber Antonini", "Sonir Rauber Antonini", True),
        # another first word, another person; the same words out of order are no middle name left out
        ("Ghita Mezzour", "Ryad Mezzour", False),
        ("Jean Paul Sartre", "Paul Sartre", False),
        ("Anne Marie Claire Dupont", "Anne Claire Marie Dupont", False),
        # not shorter, or a surname alone: other rules
        ("Karim Tazi", "Karim Tazi", False),
        ("Karim Tazi", "Tazi", False),
    ],
)
def test_a_middle_name_left_out_is_the_same_person(full, short, same):
    assert middle_dropped(full, short) is same


@pytest.mark.parametrize("name", ["Kai", "Natalia", "Annika", "Serena", "Xavi", "Lucy", "Michael"])
def test_the_world_list_holds_given_names(name):
    assert name in WORLD_GIVEN_NAMES


@pytest.mark.parametrize(
    "word",
    [
        "Washington", "Georgia",  # US places the press names as places or governments
        "Paris", "France",  # places the lexicon knows
        "Prudence", "Royal",  # French common words
    ],
)
def test_the_world_list_leaves_out_places_and_common_words(word):
    assert word not in WORLD_GIVEN_NAMES


@pytest.mark.parametrize(
    "text, name",
    [
        # a world given name alone, nothing beside it: a person, not an organisation
        ("Après l'école, Kai rentre seul à la maison.", "Kai"),
        ("Elle vivait à Chicago avec son mari Michael depuis huit ans.", "Michael"),
        # a surname two people of the article share: which one the text does not say, but a person
        ("Serena Williams a battu Venus Williams en finale. Le service de Williams a fait la différence.",
         "Williams"),
        # a verb of saying once vouches for the name's other uses in the article
        ("« Nous resterons prudents », a déclaré Kwon devant la presse. Kwon veut du temps. Le plan "
         "de Kwon échoue.", "Kwon"),
    ],
)
def test_a_one_word_person_that_is_a_given_name_or_a_surname_stays_a_person(nlp, text, name):
    assert {e.label for e in entities(nlp, text) if e.text == name} == {"PER"}


def test_a_middle_name_left_out_links_the_surname_to_the_full_name(nlp):
    text = ("Waldemar Mordecai Haffkine est né à Odessa. Plus tard, Waldemar Haffkine partit pour "
            "Calcutta. Le vaccin de Haffkine sauva des milliers de vies.")
    ents = entities(nlp, text)
    assert canonical_of(ents, "Haffkine") == {"Waldemar Mordecai Haffkine"}
    assert canonical_of(ents, "Waldemar Haffkine") == {"Waldemar Mordecai Haffkine"}


def test_a_one_word_name_that_is_no_given_name_is_still_made_a_company(nlp):
    ents = entities(nlp, "Le chiffre d'affaires de Zentova a progressé de 12 % au premier semestre.")
    assert {e.label for e in ents if e.text == "Zentova"} == {"ORG"}


@pytest.mark.parametrize(
    "text, name",
    [
        # a world given name the model calls MISC, alone: a person
        ("Pour Tamera, cela signifie qu'elle peut enfin rentrer chez elle.", "Tamera"),
        ("Olena vend tout ce qu'elle cultive dans son jardin.", "Olena"),
    ],
)
def test_a_given_name_the_model_calls_misc_is_a_person(nlp, text, name):
    assert {e.label for e in entities(nlp, text) if e.text == name} == {"PER"}


@pytest.mark.parametrize(
    "text, name",
    [
        # an ordinal is a stop word, but opens names: it is not cut off as prose
        ("Liverpool mène la Premier League devant Arsenal.", "Premier League"),
        ("Tous les matchs de la Premier League sont reportés.", "Premier League"),
    ],
)
def test_an_ordinal_opening_a_name_stays_in_it(nlp, text, name):
    assert name in {e.text for e in entities(nlp, text)}


def test_a_stop_word_before_a_name_is_still_cut_off(nlp):
    ents = entities(nlp, "Pour Attijariwafa bank, la croissance reste solide cette année.")
    assert "Attijariwafa bank" in {e.text for e in ents}
    assert not any(e.text.startswith("Pour") for e in ents)


@pytest.mark.parametrize(
    "text, name",
    [
        # a capital "M'" inside a sentence opens a Maghreb name; the tokenizer splits it off
        ("Le port de plaisance de M'Diq sera agrandi l'an prochain.", "M'Diq"),
        ("La route relie Azrou à M’Dez en deux heures.", "M’Dez"),
    ],
)
def test_a_capital_m_elision_belongs_to_the_name(nlp, text, name):
    assert name in {e.text for e in entities(nlp, text)}


@pytest.mark.parametrize(
    "promo",
    ["A ne pas manquer sur Radio Sahel :", "A surtout lire sur Radio Sahel :", "À voir sur Radio Sahel:",
     "A lire en ce moment sur Radio Sahel :", "Autres articles sur Radio Sahel :",
     "D'autres sujets de Radio Sahel :", "Les articles les plus lus sur Radio Sahel :",
     "Regardez aussi sur Radio Sahel :"],
)
def test_a_sites_promotion_of_its_pages_is_no_mention_but_the_story_goes_on(nlp, promo):
    names = {e.text for e in entities(nlp, f"Le Mali négocie. {promo} Vladimir Poutine annonce une visite.")}
    assert not {"Radio Sahel", "Sahel"} & names
    assert {"Mali", "Vladimir Poutine"} <= names


@pytest.mark.parametrize(
    "text",
    ["Les autres articles de la Constitution malienne restent en vigueur.",
     "Les articles les plus vendus sur le marché de Bamako sont importés.",
     "Regardez aussi sur la carte : le fleuve traverse trois pays."],
)
def test_prose_that_reads_like_a_list_heading_is_no_promotion(text):
    assert not furniture_and_promotions(text)


def test_reading_on_a_sign_is_no_promotion(nlp):
    text = "Comme on peut lire sur la pancarte de Greenpeace : rien ne change."
    names = {e.text for e in entities(nlp, text)}
    assert "Greenpeace" in names
