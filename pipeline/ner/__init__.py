"""Named-entity work beyond the statistical model: gazetteer, span repair, linking, index.

- :mod:`.gazetteer`  the data file of known names, read once
- :mod:`.components` the spaCy components (``newsfacts_gazetteer``, ``newsfacts_entity_repair``)
- :mod:`.linking`    per-article canonical names: acronyms, surnames, one label per entity
- :mod:`.roles`      the role a text gives a person ("le wali de la région, Mohamed Mhidia")
- :mod:`.index`      the corpus-wide index of entities
"""
