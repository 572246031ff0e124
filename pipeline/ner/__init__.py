"""Named-entity work beyond the statistical model: gazetteer, span repair, linking, index.

- :mod:`.gazetteer`  the data file of known names, read once
- :mod:`.components` the spaCy components (``newsfacts_gazetteer``, ``newsfacts_entity_repair``)
- :mod:`.names`      long institution names ("Agence nationale des ports") and programmes ("Vision 2030")
- :mod:`.people`     people the model labelled as places ("<role>, Ryad Mezzour,")
- :mod:`.linking`    per-article canonical names: acronyms, surnames, one label per entity
- :mod:`.roles`      the role a text gives a person ("le wali de la région, Mohamed Mhidia"),
                     and the portfolios inside a ministerial role ("et du Commerce")
- :mod:`.index`      the corpus-wide index of entities
"""
