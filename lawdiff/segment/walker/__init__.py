"""The rule-based segmenter's walker, split by concern: its state and boundaries
(``base``), paragraphs, counts, numbered and unnumbered headings, heading extent and notes."""
