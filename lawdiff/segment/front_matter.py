"""The names of a brief's front and back matter that courts' rules prescribe, in one place.

Two vocabularies, each a list the segmenter's patterns (:mod:`lawdiff.segment.patterns`) and
the outline evaluation (:mod:`lawdiff.evaluation.briefheadings`) build their expressions from:

- the front-matter sections a court's rule names, one entry a court, read as known headings
  (top headings the body may open with); those whose items are a list of the points argued
  later (Arkansas's POINTS ON APPEAL) are list sections, like a statement of the issues: their
  numbered lines are the section's text, no headings of the outline;
- the titles of the certificates a brief closes (or opens) with, in any case ("Word Count
  Certificate", "COMBINED CERTIFICATIONS"): left out of the body, as a certificate of service.
"""

from __future__ import annotations

# Front-matter sections a court's rule names, by court (the names in capitals or title case
# alike: the patterns built from them ignore case). Each is a regular expression of the title
# alone, no anchors.
COURT_SECTIONS: dict[str, tuple[str, ...]] = {
    # the court the appeal should be assigned to (M.R.A.P. 16)
    "Mississippi": (r"STATEMENT\s+(?:OF|REGARDING|CONCERNING|AS\s+TO)\s+ASSIGNMENT",),
    # the points argued, listed before the jurisdictional statement
    "Arkansas": (r"POINTS?\s+ON\s+APPEAL",),
    # the brief in chief's summary of the case's nature, course and facts (Rule 12-318(A)(3)
    # NMRA), over its own sub-headings
    "New Mexico": (r"SUMMARY\s+OF\s+(?:THE\s+)?PROCEEDINGS",),
    # the points with the authorities cited for each, paged as a table of contents is (Ky. CR
    # 76.12(4)(c)(iii)), and the appellee's counterstatement: its rows are the section's text
    "Kentucky": (r"(?:COUNTER[- ]?)?STATEMENT\s+OF\s+POINTS\s+AND\s+AUTHORITIES",),
    # the propositions of error a brief-in-chief lists before arguing each under its
    # "PROPOSITION I" line (Okla. Sup. Ct. R. 1.11(e)(1))
    "Oklahoma": (r"PROPOSITIONS?\s+OF\s+ERROR",),
    # the statement of the case's proceedings below and how each enumeration of error was
    # preserved (Ga. Ct. App. R. 25(a)), sub-sections of PART ONE in sentence case
    "Georgia": (r"PROCEEDINGS\s+BELOW", r"PRESERVATION\s+OF\s+(?:THE\s+)?ERRORS?"),
    # the grounds a writ application invokes the court's jurisdiction on (Uniform Rules,
    # Louisiana Courts of Appeal, Rule 4-5), often first after the cover's counsel block
    "Louisiana": (r"STATEMENT\s+OF\s+(?:THE\s+)?GROUNDS?\s+FOR\s+JURISDICTION",),
    # a respondent's own statement of the issues (RAP 10.3(b)): its numbered questions a list
    "Washington": (r"RESTATEMENT\s+OF\s+(?:THE\s+)?ISSUES?",),
    # the prayer a petition for leave to appeal opens with (Ill. S. Ct. R. 315(c)(1)), after
    # the cover's counsel block
    "Illinois": (r"PRAYER\s+FOR\s+LEAVE\s+TO\s+APPEAL",),
}

# The front-matter sections above whose numbered items list the points argued later.
LIST_SECTIONS: tuple[str, ...] = (
    r"POINTS?\s+ON\s+APPEAL",
    r"PROPOSITIONS?\s+OF\s+ERROR",
    r"RESTATEMENT\s+OF\s+(?:THE\s+)?ISSUES?",
)

# Titles of the certificates a brief is signed with, in any case: of service, of compliance
# (with the word count), of interested persons, the word count's own certificate, and the
# certifications a Third Circuit brief combines under one title (3d Cir. L.A.R. 28.3(d), 31.1(c),
# 46.1(e): bar membership, word count, identical briefs and virus check, service).
CERTIFICATE_TITLES: tuple[str, ...] = (
    r"(?:CERTIFICATE|PROOF|DECLARATION)\s+OF\s+(?:(?:E-?)?FILING\s+AND\s+)?(?:E-?)?"
    r"(?:SERVICE|MAILING)",
    r"CERTIFICAT(?:E|ION)\s+OF\s+(?:COMPLIANCE|WORD\s+COUNT)",
    r"WORD[\s-]+COUNT\s+(?:CERTIFICAT(?:E|ION)|STATEMENT)",
    # the word count stated under the EPA Environmental Appeals Board's title (40 C.F.R.
    # 124.19(d)(3)): "STATEMENT OF COMPLIANCE WITH WORD LIMITATION"
    r"STATEMENT\s+OF\s+COMPLIANCE\s+WITH\s+(?:THE\s+)?WORD[\s-]+(?:LIMITATIONS?|LIMITS?|COUNT)",
    r"(?:COMBINED\s+)?CERTIFICATIONS",
    # the certificate of service a Kentucky brief prints on its cover (Ky. CR 76.12(6))
    r"CERTIFICATE\s+REQUIRED\s+BY\s+(?:CR|RULE)\s+[\d.()A-Za-z]{1,20}",
    # the one certificate a Virginia petition or brief closes with, titled by the word alone
    # (Va. Sup. Ct. R. 5:17(i), 5:18(b), 5:26(h): filing, service, word count)
    r"CERTIFICATE",
    # a Louisiana writ application's affidavit that its allegations are true and copies were
    # served (Uniform Rules, Courts of Appeal, Rule 4-5(A)), under one title
    r"VERIFICATION\s+AND\s+CERTIFICATE\s+OF\s+SERVICE",
)


def alternation(names: tuple[str, ...]) -> str:
    """The regular expression matching any of ``names``, as one group."""
    return "(?:" + "|".join(names) + ")"


def court_sections() -> str:
    """Every court's front-matter section names, as one group."""
    return alternation(tuple(name for names in COURT_SECTIONS.values() for name in names))
