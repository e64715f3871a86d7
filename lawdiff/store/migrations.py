"""Schema versions as SQL steps, applied in order under ``PRAGMA user_version``.

Step N brings a case file from version N-1 to N. A file made by any older lawdiff opens in a
newer one; a file from a newer lawdiff is refused rather than damaged. Never edit a released
step: add a new one. ``store.schema`` maps the ORM onto the result, and a test checks they agree.
"""

from __future__ import annotations

V1_BASE = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    caption TEXT NOT NULL DEFAULT '',
    court TEXT NOT NULL DEFAULT '',
    docket TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN
        ('complaint', 'motion', 'opposition', 'reply', 'order', 'other')),
    motion_kind TEXT NOT NULL DEFAULT '',
    party TEXT NOT NULL DEFAULT '',
    filed TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    page_count INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    court TEXT NOT NULL DEFAULT '',
    docket TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    ecf_number TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    imported TEXT NOT NULL
);
CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    lines TEXT NOT NULL DEFAULT '[]',
    image_only INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, number)
);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES segments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'count', 'heading', 'footnote', 'quote')),
    label TEXT NOT NULL DEFAULT '',
    heading TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    level INTEGER NOT NULL DEFAULT 0,
    start_page INTEGER NOT NULL,
    start_line INTEGER NOT NULL,
    end_page INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    start_offset INTEGER NOT NULL DEFAULT 0,
    end_offset INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX segments_document ON segments (document_id, position);
CREATE INDEX segments_parent ON segments (parent_id);
CREATE TABLE claim_tags (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    claim TEXT NOT NULL,
    confidence REAL NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'user')),
    cues TEXT NOT NULL DEFAULT '[]',
    inherited INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claim_tags_segment ON claim_tags (segment_id);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    normalized TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0,
    target TEXT,
    target_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL
);
CREATE INDEX citations_segment ON citations (segment_id);
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'user')),
    reasons TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    pinned INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, target_id)
);
CREATE INDEX links_target ON links (target_id);
"""

# v2: OCR provenance per page, and full-text search over segments (FTS5, kept in step by triggers).
V2_OCR_AND_SEARCH = """
ALTER TABLE pages ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0;
CREATE VIRTUAL TABLE segments_fts USING fts5(
    label, heading, text, content='segments', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
    INSERT INTO segments_fts(rowid, label, heading, text)
    VALUES (new.id, new.label, new.heading, new.text);
END;
CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, label, heading, text)
    VALUES ('delete', old.id, old.label, old.heading, old.text);
END;
CREATE TRIGGER segments_fts_update AFTER UPDATE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, label, heading, text)
    VALUES ('delete', old.id, old.label, old.heading, old.text);
    INSERT INTO segments_fts(rowid, label, heading, text)
    VALUES (new.id, new.label, new.heading, new.text);
END;
INSERT INTO segments_fts(segments_fts) VALUES ('rebuild');
"""

# v3: timestamps on links, so a paralegal sees when a decision was made.
V3_LINK_TIMES = """
ALTER TABLE links ADD COLUMN updated TEXT NOT NULL DEFAULT '';
"""

# v4: what the court decided: dispositions per motion and the side taken on each argument, each
# with the analyser's answer (auto_*) kept beside the user's correction.
V4_RULINGS = """
CREATE TABLE dispositions (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    motion TEXT NOT NULL DEFAULT '',
    motion_key TEXT NOT NULL,
    movant TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN
        ('granted', 'denied', 'granted-in-part', 'moot', 'withdrawn', 'submitted', 'deferred',
         'terminated')),
    auto_kind TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '{}',
    confidence REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('auto', 'corrected')),
    note TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL DEFAULT '',
    UNIQUE (order_id, motion_key)
);
CREATE TABLE argument_rulings (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    argument_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    sections TEXT NOT NULL DEFAULT '[]',
    side TEXT NOT NULL CHECK (side IN
        ('movant', 'respondent', 'mixed', 'not-reached', 'not-addressed')),
    auto_side TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 0,
    evidence TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('auto', 'corrected')),
    note TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL DEFAULT '',
    UNIQUE (order_id, argument_id)
);
CREATE INDEX argument_rulings_argument ON argument_rulings (argument_id);
"""

# v5: the documents bundled in one file (notice of motion, memorandum, declaration, proposed
# order, exhibits), each with its title and role and whether it is argument. A part starts at
# the segment at ``first_segment`` (a position) and runs to the next part's; re-segmenting
# replaces them. Cases of v4 have none until their documents are analysed again.
V5_PARTS = """
CREATE TABLE parts (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN
        ('complaint', 'motion', 'opposition', 'reply', 'order', 'other')),
    first_segment INTEGER NOT NULL,
    first_page INTEGER NOT NULL,
    last_page INTEGER NOT NULL,
    argument INTEGER NOT NULL,
    UNIQUE (document_id, number)
);
"""

STEPS: tuple[str, ...] = (V1_BASE, V2_OCR_AND_SEARCH, V3_LINK_TIMES, V4_RULINGS, V5_PARTS)
SCHEMA_VERSION = len(STEPS)


def statements(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    out: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.strip().splitlines():
        current.append(line)
        stripped = line.strip().upper()
        if stripped.startswith("CREATE TRIGGER"):
            in_trigger = True
        ends = stripped == "END;" if in_trigger else stripped.endswith(";")
        if ends:
            out.append("\n".join(current).strip())
            current, in_trigger = [], False
    if current and "".join(current).strip():
        out.append("\n".join(current).strip())
    return out
