"""Loading the taxonomy: the bundled file covers issue 4's list; user mistakes are KnownErrors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lawdiff.classify import load_taxonomy
from lawdiff.core.errors import KnownError

REQUIRED_IDS = [
    "antitrust.sherman-1",
    "antitrust.sherman-2",
    "antitrust.clayton",
    "antitrust.restraint-of-trade",
    "antitrust.concerted-action",
    "antitrust.monopolization",
    "antitrust.relevant-market",
    "antitrust.antitrust-injury",
    "contract.breach",
    "contract.implied-covenant",
    "contract.notice-and-cure",
    "contract.termination",
    "injunction.tro",
    "injunction.preliminary",
    "injunction.likelihood-of-success",
    "injunction.irreparable-harm",
    "injunction.balance-of-equities",
    "injunction.public-interest",
    "injunction.serious-questions",
    "tort.interference",
    "tort.negligence",
    "immunity.section-230",
    "fraud.misrepresentation",
    "fiduciary.breach",
    "rico.civil",
    "defamation.libel-slander",
    "quasi-contract.unjust-enrichment",
    "quasi-contract.promissory-estoppel",
    "civil-rights.section-1983",
    "ip.copyright",
    "ip.trademark",
    "ip.patent",
    "erisa.general",
    "procedure.motion-to-dismiss",
    "procedure.plausibility",
    "procedure.jurisdiction",
    "procedure.summary-judgment",
    "procedure.class-certification",
    "procedure.expert-admissibility",
    "procedure.arbitration",
    "procedure.venue-transfer",
    "procedure.motion-in-limine",
    "procedure.motion-to-strike",
]

GOOD_ENTRY = """
[[type]]
id = "x.one"
name = "One"
group = "x"
strong = ["alpha beta"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "taxonomy.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("claim_id", REQUIRED_IDS)
def test_bundled_taxonomy_has_required_types(claim_id: str) -> None:
    taxonomy = load_taxonomy()
    claim = taxonomy.get(claim_id)
    assert claim.id == claim_id
    assert claim.group in taxonomy.groups()


def test_bundled_taxonomy_parents_and_groups() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.get("injunction.irreparable-harm").parent == "injunction.preliminary"
    assert taxonomy.ancestors("antitrust.monopolization") == (
        "antitrust.sherman-2",
        "antitrust.general",
    )
    assert taxonomy.groups()[:3] == ("antitrust", "contract", "injunction")
    assert taxonomy.descendants("contract.breach") == (
        "contract.implied-covenant",
        "contract.notice-and-cure",
        "contract.termination",
    )
    assert taxonomy.descendants("antitrust.sherman-2") == ("antitrust.monopolization",)
    assert {t.id for t in taxonomy.of_group("rico")} == {"rico.civil", "rico.conspiracy"}
    assert load_taxonomy() is load_taxonomy()  # the bundled file is read once


def test_bundled_taxonomy_has_indonesian_cues() -> None:
    texts = {cue.text for cue in load_taxonomy().cues}
    for cue in ["antimonopoli", "persaingan usaha tidak sehat", "persekongkolan", "wanprestasi"]:
        assert cue in texts
    for cue in ["melanggar kontrak", "pemutusan kontrak", "perintah penahanan sementara"]:
        assert cue in texts


def test_user_file_with_settings_and_weights(tmp_path: Path) -> None:
    text = (
        "[settings]\nthreshold = 0.7\n[weights]\nweak = 0.1\n" + GOOD_ENTRY + "weak = ['gamma']\n"
    )
    taxonomy = load_taxonomy(_write(tmp_path, text))
    assert taxonomy.threshold == 0.7
    assert [(c.text, c.weight) for c in taxonomy.cues] == [("alpha beta", 0.9), ("gamma", 0.1)]
    assert taxonomy.types[0].parent is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[type]\nid = 1", "not a valid taxonomy file"),
        ("[settings]\nthreshold = 0.5\n", "no [[type]] entries"),
        (GOOD_ENTRY.replace('id = "x.one"', 'id = "One"'), "line 2"),
        (GOOD_ENTRY.replace('name = "One"\n', ""), "'name' is missing"),
        (GOOD_ENTRY.replace('strong = ["alpha beta"]', "strong = []"), "at least one cue"),
        (GOOD_ENTRY.replace('"alpha beta"', "'re:(oops'"), "bad regular expression"),
        (GOOD_ENTRY.replace('"alpha beta"', "1"), "must be a list of strings"),
        (GOOD_ENTRY + 'strongest = ["x"]\n', "unknown key(s) strongest"),
        (GOOD_ENTRY + 'parent = "x.none"\n', "parent 'x.none' is not defined"),
        (GOOD_ENTRY + "threshold = 2\n", "between 0 and 1"),
        (
            GOOD_ENTRY
            + 'parent = "x.two"\n'
            + GOOD_ENTRY.replace("x.one", "x.two")
            + 'parent = "x.one"\n',
            "parents form a loop (x.one -> x.two -> x.one)",
        ),
        (GOOD_ENTRY + GOOD_ENTRY, "defined twice"),
        ("[weights]\nstrong = 'high'\n" + GOOD_ENTRY, "[weights] strong"),
        (GOOD_ENTRY + 'yields_to = ["x.none"]\n', "yields_to 'x.none' is not another type"),
        (GOOD_ENTRY + 'yields_to = ["x.one"]\n', "yields_to 'x.one' is not another type"),
        (
            "[[context]]\nname = 's'\nheadings = ['legal standard']\nkeep = ['nope']\n"
            + GOOD_ENTRY,
            "[[context]] entry 1: keep names unknown group(s) nope",
        ),
        ("[[context]]\nname = 's'\nkeep = ['x']\n" + GOOD_ENTRY, "at least one heading cue"),
        ("[[context]]\nheadings = ['a']\n" + GOOD_ENTRY, "'name' is missing"),
        ("[mentions]\nunless = ['re:(oops']\n" + GOOD_ENTRY, "bad regular expression"),
        ("[mentions]\nwhen = []\n" + GOOD_ENTRY, "[mentions] must be a table"),
    ],
)
def test_malformed_user_file_names_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(KnownError) as caught:
        load_taxonomy(_write(tmp_path, text))
    assert "taxonomy.toml" in str(caught.value)
    assert message in str(caught.value)


def test_bundled_taxonomy_contexts() -> None:
    taxonomy = load_taxonomy()
    (standard,) = taxonomy.contexts
    assert standard.keep == {"procedure", "injunction"}
    assert standard.opens("LEGAL STANDARD")
    assert standard.opens("Legal Standard For Certifying A Class")
    assert standard.opens("Standard of Review")
    assert not standard.opens("Standard of Care")  # a negligence element, argued
    assert not standard.opens("Plaintiffs Meet the Legal Standard")  # an argument about it
    assert taxonomy.yields["procedure.motion-in-limine"] == ("procedure.expert-admissibility",)
    assert len(taxonomy.mentions) == 3


def test_entry_error_names_line(tmp_path: Path) -> None:
    broken = GOOD_ENTRY.replace('id = "x.one"', 'id = "x.two"').replace('"alpha beta"', "'re:['")
    with pytest.raises(KnownError, match=r"entry 2 \(line 8\), id 'x.two'"):
        load_taxonomy(_write(tmp_path, GOOD_ENTRY + broken))


def test_missing_file_is_known_error(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="cannot read"):
        load_taxonomy(tmp_path / "absent.toml")


def test_classify_imports_no_other_stage() -> None:
    stages = ("ingest", "segment", "cite", "link", "store", "gui", "workspace")
    code = (
        "import sys, lawdiff.classify; "
        f"print([m for m in sys.modules if m.split('.')[1:2] and m.split('.')[1] in {stages!r}"
        " and m.startswith('lawdiff.')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
