"""Training-time helpers for Promptvagt's Danish NER pipeline.

- ``names``: person names from many locales (Faker, the Danish lists in ``../shared/data``, short
  lists written here for locales Faker lacks) and the forms staff type them in.
- ``lexicon``: towns, organisations, streets and institutions named after people, name-words used
  as words, headings, IDs, room names.
- ``templates``: what municipal staff paste into a chatbot, as templates with slots.
- ``synthetic``: the seeded generator that fills the templates and records entity offsets.
- ``tokenizer``: the prompt rules added to spaCy's Danish tokenizer (saved with the pipeline).
- ``evaluate``: PER scores on the UNER and DaN+ test sets, pass time, size.

Only ``tools/train_ner.py`` and ``tools/synthetic_prompts.py`` use this package; the companion
loads the trained pipeline with plain ``spacy.load(path)``.
"""
