"""SQLAlchemy 2 typed ORM models over the schema that ``store.migrations`` creates."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    court: Mapped[str] = mapped_column(Text, default="")
    docket: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(Text)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String)
    motion_kind: Mapped[str] = mapped_column(Text, default="")
    party: Mapped[str] = mapped_column(Text, default="")
    filed: Mapped[str] = mapped_column(Text, default="")
    source_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[str] = mapped_column(String)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    court: Mapped[str] = mapped_column(Text, default="")
    docket: Mapped[str] = mapped_column(Text, default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    ecf_number: Mapped[str] = mapped_column(Text, default="")
    encoding: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="[]")
    position: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[str] = mapped_column(Text)


class PageRow(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    lines: Mapped[str] = mapped_column(Text, default="[]")
    image_only: Mapped[bool] = mapped_column(default=False)
    ocr: Mapped[bool] = mapped_column(default=False)


class SegmentRow(Base):
    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String)
    label: Mapped[str] = mapped_column(Text, default="")
    heading: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer, default=0)
    start_page: Mapped[int] = mapped_column(Integer)
    start_line: Mapped[int] = mapped_column(Integer)
    end_page: Mapped[int] = mapped_column(Integer)
    end_line: Mapped[int] = mapped_column(Integer)
    start_offset: Mapped[int] = mapped_column(Integer, default=0)
    end_offset: Mapped[int] = mapped_column(Integer, default=0)


class ClaimTagRow(Base):
    __tablename__ = "claim_tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    claim: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    origin: Mapped[str] = mapped_column(String)
    cues: Mapped[str] = mapped_column(Text, default="[]")
    inherited: Mapped[bool] = mapped_column(default=False)


class CitationRow(Base):
    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    target: Mapped[str | None] = mapped_column(Text)
    target_segment_id: Mapped[int | None] = mapped_column(
        ForeignKey("segments.id", ondelete="SET NULL")
    )


class LinkRow(Base):
    __tablename__ = "links"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String)
    origin: Mapped[str] = mapped_column(String)
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")
    pinned: Mapped[bool] = mapped_column(default=False)
    updated: Mapped[str] = mapped_column(Text, default="")


class _CourtAnswer:
    """Columns every row read from an order shares: the order, the analyser's confidence,
    whether the user corrected it (``status``), the user's note and when it changed."""

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[str] = mapped_column(Text, default="")


class DispositionRow(_CourtAnswer, Base):
    __tablename__ = "dispositions"

    motion: Mapped[str] = mapped_column(Text, default="")
    motion_key: Mapped[str] = mapped_column(Text)
    movant: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String)
    auto_kind: Mapped[str] = mapped_column(String)
    evidence: Mapped[str] = mapped_column(Text, default="{}")


class ArgumentRulingRow(_CourtAnswer, Base):
    __tablename__ = "argument_rulings"

    argument_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    sections: Mapped[str] = mapped_column(Text, default="[]")
    side: Mapped[str] = mapped_column(String)
    auto_side: Mapped[str] = mapped_column(String)
    evidence: Mapped[str] = mapped_column(Text, default="[]")


class PartRow(Base):
    __tablename__ = "parts"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String)
    first_segment: Mapped[int] = mapped_column(Integer)
    first_page: Mapped[int] = mapped_column(Integer)
    last_page: Mapped[int] = mapped_column(Integer)
    argument: Mapped[bool] = mapped_column()
