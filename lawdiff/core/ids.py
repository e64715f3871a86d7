"""Typed ids of the rows of a case database."""

from typing import NewType

DocumentId = NewType("DocumentId", int)
SegmentId = NewType("SegmentId", int)
LinkId = NewType("LinkId", int)
CitationId = NewType("CitationId", int)
TagId = NewType("TagId", int)
