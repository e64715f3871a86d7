"""Every regular expression the ingest stage uses, in one place."""

from __future__ import annotations

import re

# "Case 2:21-cv-00031-BJR Document 10 Filed 01/12/21 Page 5 of 60" (the ECF stamp).
# A bankruptcy court's footer has the same facts: "Case: 20-50682 Doc# 33 Filed: 04/28/20
# Entered: 04/28/20 15:44:08 Page 1 of 30".
ECF_HEADER = re.compile(
    r"Case:?\s+(?P<docket>\d{1,2}:\d{2}-[A-Za-z]{2,4}-\d{3,6}(?:-[A-Za-z0-9]+)*|\d{2}-\d{4,6})\s+"
    r"(?:Document|Doc\s*#)\s*(?P<ecf>[\d-]+)\s+Filed:?\s+(?P<filed>\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s+Entered:?\s+\d{1,2}/\d{1,2}/\d{2,4}(?:\s+[\d:]+)?)?(?:\s+Page\s+\d+\s+of\s+\d+)?",
    re.IGNORECASE,
)
# A court of appeals' header:
# "Case: 19-16122, 04/15/2020, ID: 11663421, DktEntry: 25, Page 1 of 30".
APPELLATE_STAMP = re.compile(
    r"Case:\s*(?P<docket>\d{2}-\d{3,6}),\s*(?P<filed>\d{1,2}/\d{1,2}/\d{4}),\s*ID:\s*\d+,\s*"
    r"DktEntry:\s*(?P<ecf>[\d-]+)(?:,\s*Page\s+\d+\s+of\s+\d+)?",
    re.IGNORECASE,
)
# The stamp with its "Case …" start cropped away with the margin.
ECF_PARTIAL = re.compile(
    r"^(?:Case\s+)?(?:\S+\s+)?Document\s+[\d-]+\s+Filed\s+\S+\s+Page\s+\d+\s+of\s+\d+", re.I
)
# A stamp line with the docket facts, not only its "Page ID #:12" tail.
STAMP_FACTS = re.compile(r"Document|Doc\s*#|DktEntry")
# The second line of a C.D. Cal. stamp ("Page ID #:12235") and garbled stamp remnants.
ECF_TAIL = re.compile(r"^(?:Page\s+ID\s+)?#:\s*\d+$", re.IGNORECASE)

# A lone pleading line number as printed, or doubled by overprinting ("33", "1100").
LINE_NUMBER = re.compile(r"^\d{1,4}$")

# A page number alone in a footer: "7", "- 7 -", "iv", "Page 3", "Page 3 of 12", "3 of 12".
PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-–—\s]*(?:\d+|[ivxlc]+)(?:\s+of\s+\d+)?[-–—\s]*$", re.IGNORECASE
)
# A footer or header that ends by counting the pages: "CV-90 (06/04) CIVIL MINUTES Page 1 of 2".
PAGE_COUNT_END = re.compile(r"\bPage\s+\d+\s+of\s+\d+\s*$", re.IGNORECASE)
ROMAN_TOKEN = re.compile(r"^[ivxlc]+$", re.IGNORECASE)

# Running lines left inside a page (lawdiff.ingest.running_lines).
# A page's stamp or footer copied with the text of a PDF: the CM/ECF header ("Appellate Case:
# 25-6093  Document: 010111187342  Date Filed: 07/14/2025  Page: 3", "Case 1:23-cv-01234-ABC
# Document 12 Filed 01/02/23 Page 3 of 10 PageID #: 45") or a "Page 3 of 12" footer alone.
PAGE_MARK = re.compile(
    r"^\s*(?:(?:Appellate\s+)?Case:?\s+\S+\s+Document:?\s+\S+\s+(?:Date\s+)?Filed:?\s+"
    r"\S+\s+Page:?\s+\d+(?:\s+of\s+\d+)?(?:\s+Page\s*ID\s*#?:?\s*\d+)?"
    r"|Page\s+\d{1,4}\s+of\s+\d{1,4})\s*$",
    re.IGNORECASE,
)

# A page's header naming the case's number alone on its line ("DOCKET NO. HHD-CV24-6187345-S",
# "Case No. 2:24-cv-01234"): running when it comes back page after page.
CASE_NUMBER_LINE = re.compile(
    r"^\s*(?:DOCKET|CASE|CIVIL\s+ACTION|CAUSE|INDEX)\s+NO\.?\s*:?\s*[A-Z0-9][\w:.\-]*\s*$",
    re.IGNORECASE,
)

# A pleading-paper page footer: the document's title with the page number after a dash
# ("DEFENDANT'S MOTION TO VACATE DEFAULT JUDGMENT - 2"); running when it comes back numbered.
PAGE_FOOTER = re.compile(r"^\s*(?P<title>\S.*?[A-Za-z].*?\S)\s+[-–—]\s+(?P<page>\d{1,4})\s*$")

# Runs of digits, treated alike when spotting running lines.
DIGITS = re.compile(r"\d+")

# What opens a footnote: its number or symbol ("1", "12", "*", "†").
FOOTNOTE_MARK = re.compile(r"^(?:\d{1,3}|\*{1,3}|[†‡§])")

# Font names that mark bold type ("TimesNewRomanPS-BoldMT", "Arial,Bold", "Calibri-Semibold").
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b$|-bd", re.IGNORECASE)
# Small-caps font names ("Garamond-SC", "…SmallCaps").
SMALL_CAPS_FONT = re.compile(r"smallcap|small-cap|[-,]sc\b|sc$|caps$", re.IGNORECASE)

# ---------------------------------------------------------------------------- caption

DOCKET = re.compile(
    r"\b(?P<docket>(?:\d{1,2}:)?\d{2}-[A-Za-z]{2,4}-\d{3,6}(?:-[A-Z]{2,4})*)\b",
)


def _spaced(word: str) -> str:
    """A word of a caption that text extraction may break with a space ("DISTRI CT")."""
    return " ?".join(word)


COURT_FEDERAL = re.compile(
    rf"UNITED\s+STATES\s+(?:(?P<bankr>BANKRUPTCY)|{_spaced('DISTRICT')})\s+{_spaced('COURT')}"
    r"\W+(?:FOR\s+THE\s+)?"
    r"(?:(?P<dir>NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s+)?"
    rf"{_spaced('DISTRICT')}\s+OF\s+(?P<state>[A-Z][A-Z ]+?)"
    r"(?=\s*(?:,|\n|\t|$|[A-Z]+\s+DIVISION))",
    re.IGNORECASE,
)
ATTORNEYS_FOR = re.compile(
    r"(?:Attorneys?|Counsel)\s+for\s+(?:Lead\s+|Named\s+)?"
    r"(?P<side>Plaintiffs?|Defendants?|Petitioners?|Respondents?|Relators?)"
    r"(?:[ ]+(?P<name>[A-Z][^\t\n]{1,60}))?",
)
TITLE_PARTY = re.compile(
    r"\b(?P<side>PLAINTIFFS?|DEFENDANTS?|PLS?\.?|DEFS?\.?)(?:[’']S?|S[’'])?\s",
)
# a title's party word that names the side answered, not the filer: "MEMORANDUM IN OPPOSITION
# TO PLAINTIFF'S MOTION", "REPLY TO DEFENDANTS' RESPONSE"
ANSWERED_PARTY = re.compile(
    r"\b(?:OPPOSITION|RESPONSE|RESISTANCE|REPLY|OBJECTIONS?|ANSWER)\s+(?:IN\s+OPPOSITION\s+)?TO\s+"
    r"(?:THE\s+)?$"
)
# "Plaintiffs," alone, or "Defendants." with the right column's text run on after the stop
# ("Defendants. Courtroom 7B"); "Defendant Stratus …" is a name, not a mark.
PLAINTIFF_MARK = re.compile(
    r"^\s*(?:and\s+)?(?:Plaintiffs?|Petitioners?|Relators?)\s*(?:[,.;](?:\s+\S.*)?)?\s*$", re.I
)
DEFENDANT_MARK = re.compile(
    r"^\s*(?:and\s+)?(?:Defendants?|Respondents?)\s*(?:[,.;](?:\s+\S.*)?)?\s*$", re.I
)
COURT_OF_APPEALS = re.compile(
    r"UNITED\s+STATES\s+COURT\s+OF\s+APPEALS\W+FOR\s+THE\s+(?P<circuit>[A-Z]+)\s+CIRCUIT",
    re.IGNORECASE,
)
# A court line that is not a federal district court ("IN THE SUPERIOR COURT …").
COURT_LINE = re.compile(r"^[^a-z\n]*\bCOURT\b[^a-z\n]*$", re.MULTILINE)
# Banners printed above a title, not part of it ("REDACTED", "CLASS ACTION").
TITLE_BANNER = re.compile(
    r"(?:PUBLIC\s+)?REDACTED(?:\s+VERSION)?|CLASS\s+ACTION|\*?REDACTED.*SEALED\*?|UNDER\s+SEAL"
)
# What separates a caption's columns on one line: a tab, the ")" rule, or a DOCX table gap.
# a ")" closing a short enumerator or abbreviation ("(1)", "(b)", "(USA)") is no column rule
CAPTION_GAP = re.compile(
    r"\t|(?<!\([0-9A-Za-z])(?<!\([0-9A-Za-z]{2})(?<!\([0-9A-Za-z]{3})\)|\s{3,}"
)
# Words of a company name kept in capitals ("LLC", "N.A.") or capitalised ("Inc.", "Corp.").
CORPORATE_WORD = re.compile(
    r"(?P<keep>(?:LLC|LLP|PLLC|LP|L\.L\.C\.|N\.A\.|USA|U\.S\.A?\.|II|III|IV|NSO|[A-Z]\.)[,.]?)"
    r"|(?:INC|CORP|CO|LTD|CORPORATION|COMPANY|LIMITED)\.?,?"
)
# Caption lines between the court and the parties that name nobody ("AT SEATTLE", "Case No.").
NOT_A_NAME = re.compile(r"(?i:case\s+no|no\.|\[|deleted:)|AT\s+[A-Z][A-Z .]+$")
VERSUS_MARK = re.compile(r"^\s*v[s]?\.?\s*$", re.IGNORECASE)
NAME_STOP = re.compile(
    r",\s+(?:an?\s|individually|on\s+behalf|et\s+al)|\s+on\s+behalf\s|\s+et\s+al\b|,\s*$",
    re.IGNORECASE,
)

# Role cues, looked for in the caption's upper-case title text: the cue found first in the text
# wins ("OPPOSITION TO … AND CROSS-MOTION …" is an opposition); on a tie, the earlier cue here.
# The moving and answering filings of courts that call them otherwise: a petition (for a writ,
# for relief from stay) moves and a return or answer to it answers; an appellant's or
# petitioner's brief (an "opening brief") moves and an appellee's or respondent's (an
# "answering" or "responsive" brief) answers. A hearing transcript is the court's oral ruling.
_SIDE_WORD = r"(?:[A-Z]+[-/])?(?:APPELL|PETITION|RESPOND)"
# the words between "BRIEF OF" and its side: "THE", "PLAINTIFF-", "FEDERAL", never another
# side ("APPELLEE AND CROSS-APPELLANT") nor an amicus "IN SUPPORT OF" a side; the brief may
# name what is bound with it ("BRIEF AND REQUIRED SHORT APPENDIX OF PLAINTIFF-APPELLANT", the
# Seventh Circuit; "BRIEF AND ADDENDUM FOR", the Federal Circuit); a brief "ON BEHALF OF" its
# side names the party with its role after a slash (Pennsylvania's Workers' Compensation Appeal
# Board: "BRIEF ON BEHALF OF EMPLOYER/APPELLANT", "… OF CLAIMANT/APPELLEE"); Michigan names
# the appeal between ("BRIEF ON APPEAL OF PLAINTIFF-APPELLANT", "… OF DEFENDANTS-APPELLEES")
_BRIEF_FOR = (
    r"\bBRIEF\s+(?:AND\s+(?:ARGUMENT|(?:REQUIRED\s+)?(?:SHORT\s+)?APPENDIX|ADDENDUM)\s+"
    r"|ON\s+APPEAL\s+)?"
    r"(?:OF|FOR|ON\s+BEHALF\s+OF)\s+"
    rf"(?:(?!{_SIDE_WORD}|AMIC|IN\b|SUPPORT\b)[A-Z.,'’&]+\s+){{0,6}}?"
)
_LINE_START = r"(?:^|\n|\t)\s*"
TRANSCRIPT_TITLE = re.compile(
    # "TRANSCRIPT OF PROCEEDINGS", "EXCERPT OF MOTION HEARING" (not of a deposition)
    r"\b(?:(?:PARTIAL|CERTIFIED|OFFICIAL)\s+)?(?:TRANSCRIPT|EXCERPT)\s+OF\s+"
    r"(?!(?:THE\s+)?(?:[A-Z]+\s+){0,2}DEPOSITION)|\bREPORTER['’]?S\s+TRANSCRIPT\b"
    # a hearing named as the title: "MOTION HEARING", "HEARING ON MOTION TO DISMISS"
    rf"|{_LINE_START}(?:(?:MOTIONS?|EVIDENTIARY|SENTENCING|SUPPRESSION|DETENTION|DAUBERT"
    r"|MARKMAN|PRELIMINARY\s+INJUNCTION|SHOW\s+CAUSE)\s+HEARING|HEARING\s+(?:ON|RE:?)\s)"
    r"(?!\s*(?:DATE|TIME|STATEMENT|BRIEF|MEMORANDUM)\b)"
)
# A brief in support of exceptions (or cross-exceptions) to a decision, of an appeal or of a
# motion, with the party that files it: "RESPONDENT'S BRIEF IN SUPPORT OF EXCEPTIONS TO THE
# DECISION OF THE ADMINISTRATIVE LAW JUDGE", "BRIEF IN SUPPORT OF THE GENERAL COUNSEL'S
# CROSS-EXCEPTIONS", an immigration respondent's "BRIEF IN SUPPORT OF APPEAL AND MOTION TO
# REMAND", a Kansas lawyer's "BRIEF OF RESPONDENT IN SUPPORT OF EXCEPTIONS TO THE FINAL
# HEARING REPORT" (the side named after "BRIEF OF"), a mine operator's "BRIEF OF RESPONDENT
# REDBANK AGGREGATES, LLC IN SUPPORT OF ITS PETITION FOR DISCRETIONARY REVIEW" (the Mine Safety
# Commission: the operator is the respondent below and petitions for review; its name after
# the side).
SUPPORTING_BRIEF = re.compile(
    r"(?:\b[A-Z-]+['’]S?\s+)?\bBRIEF\s+"
    r"(?:(?:OF|FOR)\s+(?:THE\s+)?(?:RESPONDENT|APPELLANT|APPELLEE|PETITIONER)S?\s+"
    r"(?:(?!IN\b)[A-Z.,'’&-]+\s+){0,6}?)?"
    r"IN\s+SUPPORT\s+OF\s+"
    # (not of an answer to the motion: Iowa's "BRIEF IN SUPPORT OF RESISTANCE TO … MOTION")
    r"(?!(?:ITS\s+|THEIR\s+|THE\s+)?(?:RESISTANCE|OPPOSITION|RESPONSE|OBJECTION)S?\b)"
    r"(?:(?:ITS|THEIR|HIS|HER|THE|[A-Z-]+(?:\s+[A-Z-]+){0,2}['’]S?)\s+)?"
    r"(?:(?:LIMITED\s+)?(?:CROSS[\s-]*)?EXCEPTIONS|APPEAL|MOTION|PETITION)\b"
)
# Objections to a magistrate judge's order (Fed. R. Civ. P. 72(a)) ask the district judge to set
# it aside: the moving filing, answered by a "RESPONSE TO … OBJECTIONS"; the order is their
# object, not their kind. Objections to a report and recommendation (a "recommended decision")
# are left answering.
_MAGISTRATE = r"(?:UNITED\s+STATES\s+|U\.\s?S\.\s+)?MAGISTRATE(?:\s+JUDGE)?"
_RULE_72A_OBJECTIONS = (
    r"\bOBJECTIONS?\s+TO\s+(?:THE\s+)?"
    rf"(?:{_MAGISTRATE}['’]?S?\s+(?:(?!REPORT|RECOMMEND)[A-Z-]+\s+){{0,3}}?"
    r"(?:ORDER|RULING|OPINION|DECISION)"
    rf"|(?:[A-Z-]+\s+){{0,3}}?(?:ORDER|RULING)\s+OF\s+(?:THE\s+)?{_MAGISTRATE})\b"
)
# A bankruptcy objection to a proof of claim moves (the claimant answers it, in a "RESPONSE"
# or a "REPLY TO DEBTORS' OBJECTION TO CLAIM"); an objection to confirmation of a plan answers
# the debtor's request to confirm it, as other objections answer what they object to.
_MOVING_OBJECTIONS = r"\bOBJECTIONS?\s+TO\s+(?:THE\s+)?(?:PROOFS?\s+OF\s+CLAIM|CLAIMS?\b)"
# The claimant's reply to such an objection answers it; the objector's "REPLY TO RESPONSE TO
# OBJECTION TO CLAIM" is its reply.
_NOT_AN_ANSWER = r"(?!TO\b|RESPONSES?\b|OPPOSITION\b)"
_REPLY_TO_MOVING_OBJECTIONS = (
    rf"\bREPLY\s+(?:{_NOT_AN_ANSWER}[A-Z]+\s+){{0,3}}?TO\s+(?:THE\s+)?"
    rf"(?:{_NOT_AN_ANSWER}[A-Z'’.,&-]+\s+){{0,3}}?{_MOVING_OBJECTIONS}"
)
# A reply to a petition answers it: Texas names the State's answer to a petition for
# discretionary review a "STATE'S REPLY TO PETITION FOR DISCRETIONARY REVIEW" (Tex. R. App. P.
# 68.9); the petitioner's "REPLY TO STATE'S RESPONSE TO PETITION" is its reply.
_REPLY_TO_PETITION = (
    rf"\bREPLY\s+TO\s+(?:THE\s+)?(?:{_NOT_AN_ANSWER}[A-Z'’.,&-]+\s+){{0,3}}?PETITION\b"
)
# The first answer to an appeal is called a reply where the appeal is lodged by a statement of
# its grounds (the EPO Boards of Appeal: "REPLY TO THE STATEMENT OF GROUNDS OF APPEAL", "REPLY
# OF THE RESPONDENT TO …", Art. 12(1)(c) RPBA), and to the respondent State's observations
# before the European Court of Human Rights, the first pleading after communication ("OBSERVATIONS
# OF THE APPLICANT IN REPLY TO THE OBSERVATIONS OF THE GOVERNMENT", "APPLICANT'S OBSERVATIONS IN
# REPLY TO THE GOVERNMENT'S OBSERVATIONS"); a reply to an answer or response to them replies.
_REPLY_TO_APPEAL = (
    rf"\bREPLY\s+(?:OF\s+(?:{_NOT_AN_ANSWER}[A-Z'’.,&-]+\s+){{1,4}}?)?TO\s+(?:THE\s+)?"
    r"(?:STATEMENT\s+(?:SETTING\s+OUT\s+)?(?:OF\s+)?(?:THE\s+)?)?GROUNDS\s+OF\s+APPEAL\b"
    r"|\bREPLY\s+TO\s+THE\s+(?:GOVERNMENT['’]S\s+OBSERVATIONS|OBSERVATIONS\s+OF\s+THE\s+"
    r"(?:RESPONDENT\s+)?GOVERNMENT)\b"
)
# The Surface Transportation Board calls an answer a reply (49 C.F.R. § 1104.13): "REPLY OF
# GULF COAST LLC IN OPPOSITION TO MOTION TO DISMISS", "REPLY IN OPPOSITION TO PETITION FOR
# EXEMPTION"; a reply "in support" of a motion, or "to" an opposition, replies.
_REPLY_IN_OPPOSITION = (
    r"\bREPLY\s+(?:OF\s+(?:(?!IN\b)[A-Z'’.,&()-]+\s+){1,8}?)?IN\s+OPPOSITION\s+TO\b"
)
_ANSWERING_REPLY = (
    rf"(?:{_REPLY_TO_MOVING_OBJECTIONS}|{_REPLY_TO_PETITION}|{_REPLY_TO_APPEAL}"
    rf"|{_REPLY_IN_OPPOSITION})"
)
# A Commonwealth party's written argument is named for the side that files it, as a brief is:
# "APPELLANT'S SKELETON ARGUMENT" (England), "APPLICANT'S WRITTEN SUBMISSIONS" (Singapore),
# "RESPONDENT'S HEADS OF ARGUMENT" (South Africa), "WRITTEN SUBMISSIONS ON BEHALF OF THE
# RESPONDENTS" (India), "HEADS OF ARGUMENT ON BEHALF OF THE FIRST AND SECOND RESPONDENTS".
# A Canadian party's written argument: a factum, or the Federal Courts' "MEMORANDUM OF FACT
# AND LAW" (rule 70), named for its side after the words ("… OF THE APPELLANT", "… OF THE
# RESPONDENT, ATTORNEY GENERAL OF CANADA"); a memorandum "of law" alone names no side. The
# Supreme Court of Canada's leave application and response are each a "MEMORANDUM OF ARGUMENT OF
# THE APPLICANT" / "… OF THE RESPONDENT" (rules 25 and 27).
_FACTUM = r"\b(?:FACTUM|MEMORANDUM\s+OF\s+(?:FACT\s+AND\s+LAW|ARGUMENT))"
_SUBMISSIONS = (
    r"(?:SKELETON\s+(?:ARGUMENT|SUBMISSIONS)|(?:WRITTEN\s+)?SUBMISSIONS|HEADS\s+OF\s+ARGUMENT)"
)
# A final court of appeal's written case (the UK Supreme Court, the Privy Council, Hong Kong's
# Court of Final Appeal) is named for its side after the word: "CASE FOR THE APPELLANTS",
# "PRINTED CASE FOR THE RESPONDENT" (a "case for" any other party names no side).
# Ghana's Supreme Court names it a "STATEMENT OF CASE OF THE PLAINTIFF/APPELLANT/APPELLANT", the
# party's side at each level after a slash, this court's last (C.I. 16, rule 6).
_WRITTEN_CASE = r"(?:PRINTED\s+|STATEMENT\s+OF\s+)?CASE"


def _submissions_of(side: str) -> str:
    """The written argument of ``side`` (a regex of side words), named before or after it."""
    return (
        rf"\b(?:{side})S?['’]?S?\s+{_SUBMISSIONS}\b"
        rf"|\b(?:{_SUBMISSIONS}|{_WRITTEN_CASE})\s+(?:OF|FOR|ON\s+BEHALF\s+OF)\s+THE\s+"
        # (of a side at each level, "PLAINTIFF/RESPONDENT/APPELLANT", the last is this court's)
        r"(?:[A-Z]+\s+){0,3}?(?:[A-Z]+/)*"
        rf"(?:{side})S?\b(?!/)"
    )


ROLE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("transcript", TRANSCRIPT_TITLE),
    ("order", re.compile(rf"{_LINE_START}(?:\[PROPOSED\]\s*)?ORDER\b(?!\s+TO\s+SHOW)")),
    # the Federal Circuit heads its orders with a bare "ON PETITION" / "ON MOTION" line (a
    # brief's cover says "On Petition for Review of …", never the two words alone)
    ("order", re.compile(rf"{_LINE_START}ON\s+(?:PETITION|MOTION)\b(?![\s,]+(?:FOR|TO|OF)\b)")),
    (
        "order",
        re.compile(
            r"\bCIVIL\s+MINUTES\b|\bMINUTE\s+(?:ORDER|ENTRY)\b"
            rf"|\bMEMORANDUM\s+(?:OPINION\s+)?(?:AND|&)\s+ORDER\b|{_LINE_START}OPINION\b"
            # "RULING ON DEMURRER", "TENTATIVE RULINGS", "BENCH RULING"
            rf"|{_LINE_START}(?:(?:TENTATIVE|FINAL)\s+RULINGS?\b|RULING\s+(?:ON|RE:?)\s)"
            r"|\bBENCH\s+RULING\b"
            # the court's decision named first: "RULING AND ORDER ON …", "DECISION, ORDER AND
            # ENTRY", "FINDINGS OF FACT, CONCLUSIONS OF LAW, AND ORDER"
            rf"|{_LINE_START}(?:RULING|DECISION|FINDINGS\s+OF\s+FACT)\b[A-Z ,;&+]{{0,60}}?\bORDER\b"
            # the court's findings and conclusions decide the motion they name ("FINDINGS OF FACT
            # AND CONCLUSIONS OF LAW ON PLAINTIFF'S MOTION FOR PRELIMINARY INJUNCTION")
            rf"|{_LINE_START}FINDINGS\s+OF\s+FACT\s+AND\s+CONCLUSIONS\s+OF\s+LAW\s+(?:ON|RE:?|REGARDING)\b"
            # New York's "DECISION + ORDER ON MOTION", after the caption box's labels
            r"|\bDECISION\s*(?:\+|AND|&|,)\s*ORDER\b"
            # a magistrate judge's report and recommendation decides as an order does
            rf"|{_LINE_START}(?:(?:UNITED\s+STATES\s+)?MAGISTRATE\s+JUDGE['’]?S\s+)?"
            r"(?:REPORT|FINDINGS)\s+AND\s+RECOMMENDATIONS?\b"
            # an appellate court's unpublished decision: a Texas court of appeals' "MEMORANDUM
            # OPINION", a Ninth Circuit "MEMORANDUM*" (its star a note: not for publication)
            # (the Court of Appeals for Veterans Claims calls it a "MEMORANDUM DECISION")
            rf"|{_LINE_START}MEMORANDUM\s+(?:OPINION|DECISION)\s*(?:$|\n)"
            # Connecticut's "MEMORANDUM OF DECISION RE DEFENDANTS' MOTION TO STRIKE", a South
            # Dakota "MEMORANDUM DECISION ON PLAINTIFF'S MOTION …" (a brief is a memorandum
            # "of law", "in support", "in opposition", never "of decision")
            rf"|{_LINE_START}MEMORANDUM\s+(?:OF\s+)?DECISION\s+(?:RE|ON|REGARDING|AND\s+ORDER)\b"
            rf"|{_LINE_START}MEMORANDUM\s*\*"
            # Pennsylvania's appellate courts: the "NON-PRECEDENTIAL DECISION - SEE SUPERIOR
            # COURT I.O.P. 65.37" banner, and the opinion's "MEMORANDUM BY SMITH, J.:" line
            r"|\bNON-?PRECEDENTIAL\s+DECISION\b"
            rf"|{_LINE_START}(?:MEMORANDUM|OPINION)\s+BY\s+[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)?,"
            r"\s+(?:[A-Z]\.\s*)?J\.?"
            # the Southern District of Indiana calls its order an entry ("ENTRY ON DEFENDANT'S
            # MOTION FOR …", "ENTRY GRANTING …"), never "ENTRY OF" (an appearance, a judgment)
            rf"|{_LINE_START}ENTRY\s+(?:ON|GRANTING|DENYING|DISCUSSING|DIRECTING|SCREENING|REGARDING)\b"
            # Kansas courts enter their orders as a "JOURNAL ENTRY (OF JUDGMENT)" ("JOURNAL ENTRY
            # ON DEFENDANT'S MOTION TO DISMISS")
            rf"|{_LINE_START}JOURNAL\s+ENTRY\b"
            # an administrative judge's decision of a motion: the Trade Commission's "ORDER
            # NO. 23: INITIAL DETERMINATION GRANTING …" (its number read as a caption field)
            rf"|{_LINE_START}INITIAL\s+DETERMINATION\b"
            # chambers ruling by e-mail or letter: "The Court rules as follows on the motion"
            r"|\bTHE\s+COURT\s+RULES\s+AS\s+FOLLOWS\b"
            # a board's decision titled by the one word (the Patent Trial and Appeal Board's
            # "DECISION" over "Final Written Decision"); a brief's title never is
            # an administrative judge's "INITIAL DECISION" (the Merit Systems Protection Board)
            rf"|{_LINE_START}(?:INITIAL\s+|FINAL\s+|RECOMMENDED\s+)?DECISION\s*(?:$|\n)"
            # a tribunal's decision titled by what it decides: the PTAB's "DECISION ON APPEAL",
            # ICSID's "DECISION ON THE RESPONDENT'S OBJECTIONS TO JURISDICTION" (a party's
            # paper names the decision it attacks after its own kind: "APPEAL FROM DECISION ON");
            # a "DECISION ON MOTION …" with no order named is left to the motion it names
            rf"|{_LINE_START}DECISION\s+ON\s(?![^\n]*\bMOTIONS?\b)"
            # an arbitral tribunal's award titled by the word: "ARBITRAL AWARD" (the CAS),
            # "FINAL AWARD", "PARTIAL AWARD ON JURISDICTION"; a party's motion names the award
            # after its own kind ("MOTION TO VACATE / ARBITRATION AWARD")
            rf"|{_LINE_START}(?:(?:FINAL|PARTIAL|INTERIM|CONSENT)\s+(?:ARBITRAL\s+)?|ARBITRAL\s+)"
            r"AWARD\b(?:\s*(?:$|\n)|\s+ON\b)"
            # Commonwealth courts give their reasons a title of their own ("REASONS FOR
            # DECISION", "REASONS FOR JUDGMENT"); a brief's are "reasons for granting"
            rf"|{_LINE_START}REASONS\s+FOR\s+(?:DECISION|JUDGMENT)\b"
            # a Commonwealth judgment titled by the one word ("JUDGMENT", South Africa, Nigeria,
            # the EAT) or Singapore's "GROUNDS OF DECISION"; a title going on ("MOTION FOR
            # SUMMARY / JUDGMENT") names its own role first
            rf"|{_LINE_START}(?:JUDGMENT|GROUNDS\s+OF\s+DECISION)\s*(?:$|\n)"
            # an appellate court's result as its only title (Colorado: "JUDGMENT AFFIRMED IN
            # PART, REVERSED IN PART, AND CASE REMANDED WITH DIRECTIONS")
            rf"|{_LINE_START}(?:JUDGMENTS?|ORDERS?)\s+(?:AFFIRMED|REVERSED|VACATED)\b"
            # a writ court's result as its title (Louisiana: "WRIT GRANTED IN PART; DENIED IN
            # PART; MADE PEREMPTORY"), an arbitral tribunal's "PROCEDURAL ORDER No. 4"
            rf"|{_LINE_START}WRITS?\s+(?:GRANTED|DENIED)\b"
            rf"|{_LINE_START}PROCEDURAL\s+ORDER\b"
            # an appellate court's disposition named by its kind (Hawai'i's "SUMMARY
            # DISPOSITION ORDER", the Second Circuit's "SUMMARY ORDER")
            rf"|{_LINE_START}SUMMARY\s+(?:DISPOSITION\s+)?ORDER\b"
            # a land-use board decides by resolution ("NOTICE OF DECISION AND RESOLUTION")
            rf"|{_LINE_START}(?:NOTICE\s+OF\s+)?DECISION\s+AND\s+RESOLUTION\b"
            # the Tax Court decides a trial in "(MEMORANDUM) FINDINGS OF FACT AND OPINION" (a
            # party proposes findings "and conclusions of law", never "and opinion"); the WTO's
            # panels and Appellate Body decide in a "REPORT OF THE PANEL" (… "APPELLATE BODY")
            rf"|{_LINE_START}(?:MEMORANDUM\s+)?FINDINGS\s+OF\s+FACT\s+AND\s+OPINION\b"
            rf"|{_LINE_START}REPORT\s+OF\s+THE\s+(?:PANEL|APPELLATE\s+BODY)\s*(?:$|\n)"
            # a domain name panel's "ADMINISTRATIVE PANEL DECISION" (WIPO, under the UDRP)
            rf"|{_LINE_START}(?:ADMINISTRATIVE\s+)?PANEL\s+DECISION\s*(?:$|\n)"
        ),
    ),
    # A declaration, an affidavit or a deposition supports a brief; it is none of the roles below.
    (
        "other",
        re.compile(
            rf"{_LINE_START}(?:[A-Z.’' ]{{0,40}}\s)?"
            r"(?:DECLARATION|AFFIDAVIT|(?:(?:VIDEO(?:TAPED)?|ORAL|REMOTE)\s+)?DEPOSITION)\s+OF\b"
        ),
    ),
    # a habeas petitioner's traverse replies to the return or answer
    ("reply", re.compile(rf"(?!{_ANSWERING_REPLY})\bREPLY\b|\bTRAVERSE\b")),
    # Texas and Louisiana plead in a petition: an original or amended one is the complaint (an
    # amended petition for a writ, for review or to compel still moves)
    (
        "complaint",
        re.compile(
            r"\b(?:ORIGINAL|AMENDED|SUPPLEMENTAL)\s+PETITION\b(?!\s+(?:TO\s+COMPEL|FOR\s+(?:AN?\s+)?"
            r"(?:WRIT|REVIEW|RELIEF|REHEARING|PERMISSION)))|\bPETITION\s+FOR\s+DAMAGES\b"
        ),
    ),
    # exceptions to a decision, an appeal and a motion move, whoever takes them: at the NLRB
    # the employer is the "Respondent" (29 C.F.R. § 102.46(a)), and so is the noncitizen in
    # removal proceedings, so "RESPONDENT'S BRIEF IN SUPPORT OF EXCEPTIONS" (or "OF APPEAL")
    # is the moving brief, while an "ANSWERING BRIEF TO … EXCEPTIONS" answers (below). Before
    # the opposition cues, its party's name starting it as theirs does.
    ("motion", SUPPORTING_BRIEF),
    (
        "opposition",
        re.compile(
            r"\bOPPOSITION\b|\bOPPOSING\b|\bRESPONSE\s+(?:(?:OF|BY)\b(?=[^\n]{0,120}\bTO\b)|TO\b)"
            # Iowa calls an opposition a "resistance" ("RESISTANCE TO PLAINTIFF'S MOTION")
            r"|\bRESISTANCE\b(?=[^\n]{0,120}\bTO\b)"
            rf"|(?!{_RULE_72A_OBJECTIONS}|{_MOVING_OBJECTIONS})(?<!PRELIMINARY\s)\bOBJECTIONS?\s+TO\b"
            rf"|{_ANSWERING_REPLY}"
            # a party's leave to answer and its answer in one filing (FERC: "MOTION FOR LEAVE TO
            # ANSWER AND ANSWER OF … TO THE REQUEST FOR REHEARING") is the answer
            r"|\bMOTION\s+FOR\s+LEAVE\s+TO\s+(?:FILE\s+)?(?:AN?\s+)?(?:ANSWER|RESPOND)\s+AND\s+"
            r"(?:LIMITED\s+)?(?:ANSWER|RESPONSE)\b"
            # the Philippines answers a petition with a "COMMENT" ("COMMENT ON THE PETITION FOR
            # REVIEW ON CERTIORARI", "COMMENT / (On the Petition …)")
            rf"|{_LINE_START}COMMENT\s*(?:$|\n|\(\s*ON\b)|\bCOMMENT\s+ON\s+THE\s+PETITION\b"
            # a grievance arbitration: the employer's post-hearing brief answers the union's
            r"|\bPOST-?\s*HEARING\s+BRIEF\s+(?:OF|FOR|ON\s+BEHALF\s+OF)\s+(?:THE\s+)?EMPLOYER\b"
            r"|\bEMPLOYER['’]?S?\s+POST-?\s*HEARING\s+BRIEF\b"
            # a cross-motion that also opposes answers the motion it crosses
            r"|\bCROSS[\s-]+MOTIONS?\b(?=[\s\S]{0,200}\bOPPOS)"
            # (South Carolina answers a motion with a "RETURN TO DEFENDANT'S MOTION TO DISMISS")
            r"|\bRETURN\b(?=[^\n;]{0,80}\bTO\s+(?:THE\s+)?(?:PETITION|(?:ALTERNATIVE\s+)?WRIT"
            r"|ORDER\s+TO\s+SHOW\s+CAUSE|(?:[A-Z'’-]+\s+){0,4}?MOTIONS?\b))"
            # an answer ("ANSWER AND AFFIRMATIVE DEFENSES", a habeas "ANSWER-RESPONSE"), not
            # a time "TO ANSWER" nor the "ANSWERING" brief (below)
            r"|(?<!\bTO\s)\bANSWER\b(?!\s+(?:DATE|DEADLINE|DUE)\b)"
            r"|\b(?:ANSWERING|RESPONSIVE|RESPONSE)\s+(?:[A-Z-]+\s+){0,3}BRIEF\b"
            rf"|{_BRIEF_FOR}(?:[A-Z]+[-/])?(?:APPELLEES?|RESPONDENTS?)\b"
            r"|\b(?:APPELLEE|RESPONDENT)S?['’]?S?\s+"
            r"(?:PRINCIPAL\s+|ANSWERING\s+|POST-?\s*HEARING\s+|APPEAL\s+)?BRIEF\b"
            # the State's brief alone answers a criminal appeal (the defendant appeals); its
            # brief in support of a motion moves (above), an amicus's or its reply is neither
            r"|\bSTATE['’]S\s+BRIEF\b(?!\s+(?:IN\s+SUPPORT|AS\s+AMIC|ON\s+(?:ITS\s+)?CROSS))"
            rf"|{_FACTUM}\s+OF\s+THE\s+(?:RESPONDING\s+PART(?:Y|IES)|RESPONDENTS?)\b"
            # British Columbia answers a notice of application with an "APPLICATION RESPONSE"
            # (Form 33); a defence answers a claim (an arbitration's "STATEMENT OF DEFENCE
            # (COUNTER-MEMORIAL)", an EU court's one-word "DEFENCE")
            r"|\bAPPLICATION\s+RESPONSE\b|\bSTATEMENT\s+OF\s+DEFEN[CS]E\b|\bCOUNTER-?MEMORIAL\b"
            # (the Competition Appeal Tribunal's respondent: "DEFENCE OF THE OFFICE OF
            # COMMUNICATIONS", rule 14)
            rf"|{_LINE_START}DEFEN[CS]E(?:\s+OF\s+(?:THE\s+)?[A-Z][A-Z .,'’&()-]{{1,80}})?"
            r"\s*(?:$|\n)"
            # a State's or a party's observations on the other's request answer it (ITLOS:
            # "WRITTEN OBSERVATIONS OF THE FEDERATION OF SOLGARD ON THE REQUEST FOR THE
            # PRESCRIPTION OF PROVISIONAL MEASURES")
            r"|\b(?:WRITTEN\s+)?OBSERVATIONS\s+(?:OF\s+(?:(?!ON\b)[A-Z'’.,&()-]+\s+){1,8}?)?"
            r"ON\s+THE\s+(?:REQUEST|APPLICATION|PETITION)\b"
            # Pakistan's and India's respondents answer a petition by a "CONCISE STATEMENT ON
            # BEHALF OF RESPONDENT NO. 1"
            r"|\bCONCISE\s+STATEMENT\s+(?:ON\s+BEHALF\s+OF|OF|BY)\s+(?:THE\s+)?"
            r"(?:[A-Z]+\s+){0,2}?RESPONDENTS?\b"
            r"|\bOUTLINE\s+OF\s+(?:WRITTEN\s+)?SUBMISSIONS\s+OF\s+THE\s+RESPONDENTS?\b"
            rf"|{_submissions_of('RESPONDENT')}"
            # the Patent Trial and Appeal Board: the patent owner's (preliminary) response
            # answers the petition (37 C.F.R. §§ 42.107, 42.120)
            r"|\bPATENT\s+OWNER['’]?S?\s+(?:PRELIMINARY\s+)?RESPONSE\b|\bPRELIMINARY\s+RESPONSE\b"
            # a bid protest before the GAO: the agency's report and memorandum of law answer the
            # protest (4 C.F.R. § 21.3); the protester's "COMMENTS ON THE AGENCY REPORT" name it
            # after their own "PROTEST" (below), which comes first
            r"|\bAGENCY\s+(?:REPORT|MEMORANDUM(?:\s+OF\s+LAW)?)\b"
            # the Court of Justice answers an appeal with a "RESPONSE" (Rules of Procedure, art.
            # 167), titled by the word with its party alone: "RESPONSE OF THE EUROPEAN
            # COMMISSION" (a response "in support of" a side joins it)
            rf"|{_LINE_START}RESPONSE(?:\s+(?:OF|BY)\s+(?:THE\s+)?"
            r"(?![^\n]*\bIN\s+SUPPORT\b)[A-Z][A-Z .,'’&()-]{1,80})?\s*(?:$|\n)"
        ),
    ),
    (
        "motion",
        re.compile(
            r"\bMOTIONS?\b(?!\s+(?:DATE|SEQ(?:UENCE)?\b))|\bMOVE\s+FOR\b|\bAPPLICATION\b(?!\s+OF\b)|\bDEMURRER\b|\bPETITION\b"
            # bankruptcy: an objection to a proof of claim moves (above)
            rf"|{_MOVING_OBJECTIONS}"
            # objections to a magistrate judge's order (above)
            rf"|{_RULE_72A_OBJECTIONS}"
            # Texas special and Louisiana peremptory, dilatory or declinatory exceptions, and
            # pleas, attack the petition as a demurrer does
            # Pennsylvania: preliminary objections attack the complaint as a demurrer does
            r"|\bPRELIMINARY\s+OBJECTIONS?\b"
            r"|\b(?:SPECIAL|PEREMPTORY|DILATORY|DECLINATORY)\s+EXCEPTIONS?\b|\bPLEA\s+(?:TO\s+THE\s+JURISDICTION|IN\s+ABATEMENT)\b"
            r"|\b(?:OPENING|INITIAL)\s+(?:[A-Z-]+\s+){0,3}BRIEF\b"
            rf"|{_BRIEF_FOR}(?:[A-Z]+[-/])?(?:APPELLANTS?|PETITIONERS?)\b"
            # (a board of contract appeals hears the contractor, the appellant, and each side
            # then files a "POST-HEARING BRIEF")
            r"|\b(?:APPELLANT|PETITIONER)S?['’]?S?\s+(?:PRINCIPAL\s+|OPENING\s+|POST-?\s*HEARING\s+)?"
            r"BRIEF\b"
            # a Canadian factum is named for the side that files it ("FACTUM OF THE MOVING
            # PARTIES, THE DEFENDANTS"; the answering side's is below)
            rf"|{_FACTUM}\s+OF\s+THE\s+(?:MOVING\s+PART(?:Y|IES)|APPELLANTS?|APPLICANTS?)\b"
            # an Australian outline of submissions likewise ("… OF THE APPLICANTS")
            r"|\bOUTLINE\s+OF\s+(?:WRITTEN\s+)?SUBMISSIONS\s+OF\s+THE\s+(?:APPLICANTS?|APPELLANTS?)\b"
            rf"|{_submissions_of('APPELLANT|APPLICANT|PETITIONER')}"
            # a request for rehearing before an agency (FERC's Rule 713) moves as a petition does
            r"|\bREQUEST\s+FOR\s+(?:REHEARING|RECONSIDERATION)\b"
            # a State's request for provisional measures (ITLOS, art. 290 UNCLOS; the ICJ)
            r"|\bREQUEST\s+FOR\s+(?:THE\s+)?(?:PRESCRIPTION|INDICATION|MODIFICATION)\s+OF\s+"
            r"PROVISIONAL\s+MEASURES\b"
            # a bid protest (and its supplemental protest) moves against the award; a "BID
            # PROTEST" banner in a Court of Federal Claims caption names the case, not the filing
            r"|(?<!BID\s)\b(?:SUPPLEMENTAL\s+)?PROTEST\b(?!\s+(?:DECISION|OF\s+DECISION))"
            # an arbitration: the claimant's (pre-hearing) brief states the claims answered
            r"|\bCLAIMANTS?['’]?S?\s+(?:(?:PRE-?)?HEARING\s+|OPENING\s+)?BRIEF\b"
            # and its statement of claim or memorial ("CLAIMANT'S STATEMENT OF CLAIM (MEMORIAL)")
            r"|\bCLAIMANTS?['’]?S?\s+(?:STATEMENT\s+OF\s+CLAIM|MEMORIAL)\b"
            # a grievance arbitration: the union grieves, its post-hearing brief moves
            r"|\bPOST-?\s*HEARING\s+BRIEF\s+(?:OF|FOR|ON\s+BEHALF\s+OF)\s+(?:THE\s+)?UNION\b"
            r"|\bUNION['’]?S?\s+POST-?\s*HEARING\s+BRIEF\b"
            # an appeal lodged by a brief or a statement of its grounds: an ex parte patent
            # appeal's "APPEAL BRIEF UNDER 37 C.F.R. § 41.37", the CAS's "APPEAL BRIEF" (Code
            # R51), the EPO's "STATEMENT (SETTING OUT THE) GROUNDS OF APPEAL", the Court of
            # Justice's "APPEAL against the judgment of the General Court" (a run-in title)
            r"|\bAPPEAL\s+BRIEF\b|\bGROUNDS\s+OF\s+APPEAL\b"
            rf"|{_LINE_START}APPEAL\s+AGAINST\s+THE\s+(?:JUDGMENT|ORDER|DECISION)\b"
            # New Mexico's opening brief is the "BRIEF IN CHIEF" (Rule 12-318 NMRA)
            r"|\bBRIEF\s+IN\s+CHIEF\b"
            # exceptions to an award or a decision move, whoever takes them (the FLRA: "AGENCY'S
            # EXCEPTIONS TO THE ARBITRATION AWARD"; the NLRB's respondent, above)
            r"|\b(?:CROSS-?\s*)?EXCEPTIONS?\s+TO\s+(?:THE\s+)?(?:[A-Z'’.-]+\s+){0,4}?"
            r"(?:AWARD|DECISION|REPORT)\b"
            # an investment treaty tribunal's first written pleading on an issue: the State's
            # "MEMORIAL ON JURISDICTION" (its objections), the claimant's "… ON THE MERITS"; the
            # counter-memorial answers (above)
            r"|(?<!COUNTER-)(?<!COUNTER\s)\bMEMORIAL\s+ON\s+(?:THE\s+)?"
            r"(?:JURISDICTION|MERITS|ADMISSIBILITY|(?:PRELIMINARY\s+)?OBJECTIONS|QUANTUM|DAMAGES)\b"
        ),
    ),
    ("complaint", re.compile(r"\bCOMPLAINT\b")),
)
# A title's subtitle set below it in lower case, which the title goes on into: "SKELETON
# ARGUMENT ON BEHALF OF THE DEFENDANTS / for the hearing of their application …", "… / in
# answer to the Defendants' application …" (an English skeleton argument names its side so).
TITLE_SUBTITLE = re.compile(r"^\s*(?:in|for|on|of|to|by|upon|and)\s+[a-z]")
# A letter to the court (a D.N.J. letter brief, a letter motion): the salutation ("Dear Judge
# Fairbrook:", "Dear Magistrate Judge Ortiz:", "Your Honor:") and the "Re:" line above it.
LETTER_SALUTATION = re.compile(
    r"^\s*(?:Dear\s+(?:(?:Chief|Senior|Presiding|Magistrate|District|Bankruptcy|Circuit|U\.\s?S\.)"
    r"\s+)*(?:Judges?|Justices?)\b[^:]{0,60}|(?:Dear\s+)?Your\s+Honou?r)\s*[:,]\s*$"
)
LETTER_REGARDING = re.compile(r"^\s*R[Ee]\s*:\s*\S")
# Any letter's greeting line, to the court or not ("Counsel,", "Dear Ms. Poe:"): a letter to
# counsel (chambers writing to the parties) is no party's letter to the court.
LETTER_GREETING = re.compile(
    r"^\s*(?:Dear\s+[^:,\n]{1,60}|(?:Dear\s+)?Your\s+Honou?r|(?:All\s+)?Counsel"
    r"|Ladies\s+and\s+Gentlemen)\s*[:,]\s*$"
)
# An order named in capitals anywhere near the top, on a line no title is read from: a minute
# entry in a docket sheet's text ("10/05/2026  49  MINUTE ENTRY for proceedings held before
# …"), a tentative-ruling calendar ("TENTATIVE RULINGS - Thursday, February 12, 2026"). An
# order when neither title nor caption names the filing.
ORDER_IN_TEXT = re.compile(
    r"\b(?:MINUTE\s+(?:ENTRY|ORDER)|(?:TEXT|PAPERLESS)\s+ORDER|TENTATIVE\s+RULINGS?)\b"
    # a docket entry's text: "ORDER granting in part and denying in part [24] Motion to Dismiss"
    r"|\bORDER\s+(?:granting|denying|dismissing|finding|adopting|sustaining|overruling)\b"
    # an opinion's authorship on its own line: a court of appeals' "Per Curiam:", a board's or
    # commission's "By the Board:" (a brief cites "(per curiam)" inside a sentence)
    # (the Supreme Court of Texas sets "PER CURIAM" alone on the line above the opinion)
    r"|(?im:^[ \t]*(?:PER\s+CURIAM|BY\s+THE\s+(?:BOARD|COMMISSION|PANEL))\s*(?:[:.*]|$))"
    # a state supreme court names the opinion's author above it ("Justice Laurel A. Brekke
    # delivered the Opinion of the Court."); an Indian High Court heads its judgment with its
    # author ("JUDGMENT (Per Shailaja P. Narwade, J.) :"); British Columbia titles oral
    # reasons in mixed case ("Oral Reasons for Judgment")
    # (the Court of Appeals for the Armed Forces: "Judge HALVORSEN delivered the opinion of
    # the Court.")
    r"|(?m:^[ \t]*(?:Chief\s+)?(?:Justice|Judge)\s+[^\n]{2,60}?\s+delivered\s+the\s+"
    r"[Oo]pinion\s+of\s+the\s+Court)"
    # a state court of appeals names the author alone on the line above an opinion that has no
    # title (Georgia's "OKONJO, Judge.", North Carolina's "HARGROVE, Judge."); a brief's
    # cover names the judge below with a first name and in capitals ("HON. A. SMITH, JUDGE")
    # (a board of contract appeals' "LINDQVIST, Board Judge.")
    r"|(?m:^[ \t]*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?,\s+(?:Chief\s+|Presiding\s+|Board\s+)?"
    r"(?:Judge|Justice)\.[ \t]*$)"
    r"|(?m:^[ \t]*(?:ORAL\s+)?JUDGMENT\s*\(\s*Per\b)"
    r"|(?im:^[ \t]*(?:Oral\s+)?Reasons\s+for\s+(?:Judgment|Decision)[ \t]*$)"
    # chambers ruling by e-mail or letter to counsel
    r"|(?i:\bthe\s+court\s+rules\s+as\s+follows\b)"
    # a federal court of appeals names the opinion's author above it ("Opinion for the Court
    # filed by Circuit Judge Osei-Mensah."); only a judgment carries an English neutral citation
    r"|(?im:^[ \t]*Opinion\s+(?:for|of)\s+the\s+Court\s+filed\s+by\b)"
    r"|(?im:^[ \t]*Neutral\s+Citation\s+(?:Number|No\.?)\s*:)"
    # an Arkansas appellate opinion's caption field ("Opinion Delivered November 18, 2026",
    # beside the parties); the EU courts' "JUDGMENT OF THE GENERAL COURT (Sixth Chamber)"
    r"|(?m:(?:^|[ \t]{3,})Opinion\s+Delivered\b)"
    # a Missouri appellate opinion's one field in the caption's right column ("OPINION FILED:
    # / November 24, 2026", after the ")" rule)
    r"|(?m:(?:^|(?<=\))|(?<=[ \t]{3}))[ \t]*OPINION\s+FILED\s*:)"
    r"|(?m:^[ \t]*JUDGMENT\s+OF\s+THE\s+(?:GENERAL\s+)?COURT\b)"
    # a court of appeals' panel above an opinion that has no title ("Before EASTLAND,
    # RAMIREZ-HOLT, and KOSTER, Circuit Judges."); a brief names no panel on its own line
    r"|(?m:^[ \t]*Before\s+[^\n]{3,160}?,\s+(?:Chief\s+)?Circuit\s+Judges\.[ \t]*$)"
    # an Irish or English judgment's opening line ("JUDGMENT of Ms. Justice Orla Kinsella
    # delivered on the 27th day of November, 2026")
    r"|(?m:^[ \t]*JUDGMENT\s+of\s+(?:the\s+Court|(?:Mr|Ms|Mrs|Madam)\.?\s+Justice)\b[^\n]*"
    r"\bdelivered\b)"
)
# An appellate cover's line naming the proceeding the brief is filed in, never the brief: "ON
# PETITION FOR A WRIT OF CERTIORARI TO …" stands on the petition's cover and on the brief in
# opposition's alike, "ON APPEAL FROM …" on both sides' briefs; a party's may be named ("ON
# APPELLANT'S PETITION FOR DISCRETIONARY REVIEW", above a Texas opinion's "OPINION").
COVER_LINE = re.compile(
    r"ON\s+(?:[A-Z-]+['’]S?\s+)?(?:PETITIONS?|APPEALS?|WRITS?)\s+(?:FOR|FROM|TO|OF)\b"
)
# A caption line naming the case by its number, never the filing: "WRIT PETITION NO. 8814 OF
# 2026" (India), "CIVIL APPEAL NO: CA/L/1184/2025", "PETITION NO. 12"; its kind of case is not
# the filing's role.
CASE_NUMBER_CAPTION = re.compile(
    r"^\s*(?:[A-Z()]+\.?\s+){1,4}NOS?\.?\s*:?\s*[A-Z0-9][\w./-]*\d[\w./-]*"
    r"(?:\s+OF\s+\d{4})?\s*$"
)
# A caption word printed letter-spaced: "O P I N I O N", "O R D E R".
SPACED_WORD = re.compile(r"(?:[A-Z] ){3,}[A-Z]")
# A tribunal's decision named in its letterhead, in the first lines: "U.S. Department of
# Justice      Decision of the Board of Immigration Appeals". Read before the title, which is
# one of the decision's fields ("APPEAL AND MOTION"); a brief names such a decision on its cover
# only after "On Petition for Review of" / "Appeal from", further down.
DECISION_LETTERHEAD = re.compile(
    r"(?:^|\s{2,})(Decision\s+of\s+the\s+(?:Board|Commission)\s+of\s+[A-Z][\w ]{2,60}?)\s*$",
    re.MULTILINE,
)
LETTERHEAD_LINES = 3  # the first non-blank lines of a filing a letterhead is read from
# A judge's letter ruling to the parties: its letterhead names the judge's chambers ("CHAMBERS OF
# / JUDGE HELENA M. DRISCOLL") and it greets counsel, as a party's letter to the court (which
# greets the judge, and may be addressed to chambers) never does.
CHAMBERS_LETTERHEAD = re.compile(r"(?:^|\s{2,})CHAMBERS\s+OF\b", re.MULTILINE)
CHAMBERS_LINES = 10  # the first non-blank lines the chambers' letterhead is read from
COUNSEL_GREETING = re.compile(
    r"^\s*(?:Dear\s+)?(?:All\s+)?Counsel\s*[:,]\s*$|^\s*Ladies\s+and\s+Gentlemen\s*[:,]\s*$",
    re.MULTILINE,
)
# A WTO dispute settlement proceeding: the organisation or a dispute's symbol ("(DS901)",
# "WT/DS901/R") on the cover.
WTO_PROCEEDING = re.compile(r"\bWORLD\s+TRADE\s+ORGANI[SZ]ATION\b|\(DS\d+\)|\bWT/DS\d+")
# A WTO dispute's short title, the responding Member before the dash: "ESTMARK — MEASURES
# CONCERNING THE SALE OF TRACTION BATTERIES", "VALDORIA - MEASURES …".
DISPUTE_TITLE = re.compile(
    r"^[ \t]*(?P<respondent>[A-Z][A-Z .,'’&]{1,60}?)[ \t]+[—–-][ \t]+[A-Z][A-Z]", re.MULTILINE
)
# A Member's written submission, its title naming the Member and no side: "FIRST WRITTEN
# SUBMISSION OF THE REPUBLIC OF ESTMARK", "SECOND WRITTEN SUBMISSION OF VALDORA"; not a third
# party's ("THIRD PARTY SUBMISSION OF …", "… AS A THIRD PARTY").
MEMBER_SUBMISSION = re.compile(
    r"^[ \t]*(?:(?:FIRST|SECOND|REBUTTAL)[ \t]+)?(?:WRITTEN[ \t]+)?SUBMISSION[ \t]+OF[ \t]+"
    r"(?:THE[ \t]+)?(?P<member>(?![^\n]*\bTHIRD[ \t]+PART)[A-Z][A-Z .,'’-]{1,60}?)[ \t]*$",
    re.MULTILINE,
)
# The International Court of Justice prints the phase of the case on a line above its decision's
# title ("PRELIMINARY OBJECTIONS" / "JUDGMENT", "PROVISIONAL MEASURES" / "ORDER"): the phase is
# no title when the decision's word follows it alone.
PHASE_LINE = re.compile(
    r"PRELIMINARY\s+OBJECTIONS?|PROVISIONAL\s+MEASURES|MERITS|COMPENSATION|REPARATIONS?"
    r"|INTERVENTION|COUNTER-?\s*CLAIMS?"
)
DECISION_WORD_LINE = re.compile(r"JUDGMENT|ORDER|ADVISORY\s+OPINION")
PHASE_LOOKAHEAD = 3  # the rows below a phase line its decision's word is looked for in
# A domain name dispute (the UDRP, decided by an administrative panel): its "COMPLAINT" is the
# moving paper the respondent's "RESPONSE" answers and the panel decides, not a pleading that
# opens a lawsuit.
DOMAIN_NAME_PROCEEDING = re.compile(
    r"DOMAIN\s+NAME\s+DISPUTE\s+RESOLUTION\s+POLICY|ADMINISTRATIVE\s+PANEL\s+PROCEEDING",
    re.IGNORECASE,
)
# A paper titled by its kind alone, naming no side, then "for" or "by" the party that files it,
# designated below its name: a Court of Session "NOTE OF ARGUMENT / for / … / Defenders and
# Reclaimers" (an Inner House appeal: the reclaimer moves, the respondent answers), an EFTA
# Court's "WRITTEN OBSERVATIONS / submitted … by / Anna Roe, Plaintiff in the main
# proceedings".
DESIGNATED_PAPER = re.compile(
    r"^[ \t]*(?P<kind>NOTE\s+OF\s+ARGUMENT|(?:WRITTEN\s+)?OBSERVATIONS)[ \t]*\n"
    r"(?P<after>(?:[^\n]*\n){1,10})",
    re.MULTILINE,
)
DESIGNATION = re.compile(
    r"\b(?:Pursuers?|Defenders?|Petitioners?|Respondents?|Appellants?)\s+and\s+"
    r"(?P<appeal>Reclaimers?|Appellants?|Respondents?)\b"
    r"|\b(?P<main>Plaintiffs?|Applicants?|Defendants?|Respondents?)\s+in\s+the\s+main\s+"
    r"proceedings\b"
)
MOVING_DESIGNATION = re.compile(r"Reclaimer|Appellant|Plaintiff|Applicant")
FILENAME_ROLE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("order", re.compile(r"(?:^|[_\W])order", re.I)),
    ("transcript", re.compile(r"(?:^|[_\W])(?:transcript|hrg)", re.I)),
    ("reply", re.compile(r"(?:^|[_\W])reply", re.I)),
    (
        "opposition",
        re.compile(r"(?:^|[_\W])(?:opp(?:osition|n)?|answer(?:ing)?|return)(?:[_\W]|$)", re.I),
    ),
    (
        "motion",
        re.compile(
            r"(?:^|[_\W])(?:mot(?:ion)?|mil|msj|mpsj|mtd|petition|opening)(?:[_\W]|$)", re.I
        ),
    ),
    ("complaint", re.compile(r"complaint|(?:^|[_\W])(?:s?a?compl|fac|sac)(?:[_\W]|$)", re.I)),
)
MOTION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tro", re.compile(r"TEMPORARY\s+RESTRAINING\s+ORDER|\bTRO\b", re.I)),
    ("preliminary-injunction", re.compile(r"PRELIMINARY\s+INJUNCTION", re.I)),
    ("in-limine", re.compile(r"\bIN\s+LIMINE\b|(?:^|[_\W])MILs?(?:[_\W\d]|$)", re.I)),
    (
        "summary-judgment",
        re.compile(r"SUMMARY\s+(?:JUDGMENT|ADJUDICATION)|(?:^|[_\W])M?P?SJ(?:[_\W]|$)", re.I),
    ),
    ("class-certification", re.compile(r"CLASS\s+CERTIFICATION|CERTIFY\s+(?:THE\s+)?CLASS", re.I)),
    ("dismiss", re.compile(r"\bTO\s+DISMISS\b|(?:^|[_\W])MTD(?:[_\W]|$)|12\s*\(\s*b\s*\)", re.I)),
    ("transfer", re.compile(r"\bTRANSFER\b", re.I)),
    ("strike", re.compile(r"\bTO\s+STRIKE\b", re.I)),
)
ORDER_SIGNATURE = re.compile(r"IT\s+IS\s+(?:SO\s+|HEREBY\s+)?ORDERED", re.IGNORECASE)
# A judge's signature block ("United States District Judge", "Bankruptcy Judge").
JUDGE_SIGNATURE = re.compile(
    r"^\s*(?:(?:Chief\s+)?United\s+States\s+|U\.\s?S\.\s+)?"
    r"(?:Senior\s+)?(?:District|Magistrate|Bankruptcy|Circuit|Superior|County|Probate)"
    # a state judge signs as the judge of the court: "Circuit Court Judge" (Oregon)
    r"\s+(?:Court\s+)?Judge\s*$",
    re.IGNORECASE | re.MULTILINE,
)

# ---------------------------------------------------------------------------- text files

MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+\S")
