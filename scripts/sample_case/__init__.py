"""The generator of the fictional sample case, in the order it runs.

``source`` parses the mark-up of ``data/sample/src``, ``labels`` numbers paragraphs and outlines,
``text`` wraps inline mark-up, ``layout`` lays documents out on pleading paper and resolves record
cites, ``draw`` writes the PDFs, ``word`` the DOCX, ``gold`` the expected data, and ``build`` runs
them all. ``scripts/make_sample.py`` is the command line.
"""
