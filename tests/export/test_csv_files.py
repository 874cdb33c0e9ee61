import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.export import csv_files
from kiosk.export.csv_files import FORMULA_STARTS, neutralise, read_back, write_csv
from tests.helpers import opened

FLAVOURS = [
    csv_files.ACTION_NETWORK,
    csv_files.ACTION_NETWORK_ALL,
    csv_files.NATIONBUILDER,
    csv_files.GENERIC,
]

HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "a\r\nb",
            '"quoted"',
            "<b>&amp;</b>",
            "x\x00y",
            "\u202eevil",
            '=HYPERLINK("x")',
        ]
    ),
    st.text(alphabet=string.printable, max_size=40).map(lambda s: "=" + s),
)


def test_neutralise_follows_owasp():
    for start in FORMULA_STARTS:
        assert neutralise(start + "x") == "'" + start + "x"
    assert neutralise("Anna") == "Anna"
    assert neutralise("O'Brien") == "O'Brien"


@settings(max_examples=60, deadline=None)
@given(first=HOSTILE, last=HOSTILE, email=HOSTILE, org=HOSTILE)
def test_hostile_strings_round_trip_through_every_flavour(
    tmp_path_factory, campaign, first, last, email, org
):
    folder = tmp_path_factory.mktemp("csv")
    fields = {
        "first_name": first,
        "last_name": last,
        "email": email or "x@example.org",
        "organization": org,
    }
    item = opened(1, fields, mailing=True)
    for flavour in FLAVOURS:
        path = folder / flavour.filename
        assert write_csv(path, flavour, campaign, [item]) == 1
        (row,) = read_back(path, flavour)
        expected = csv_files.row(flavour, campaign, item)
        assert row == [neutralise(v) for v in expected]
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS)
        raw = path.read_bytes()
        assert raw.endswith(b"\r\n")
        assert raw.startswith(b"\xef\xbb\xbf") == flavour.bom


def test_action_network_file_holds_only_opted_in_signers_with_email(tmp_path, campaign):
    items = [
        opened(1, {"first_name": "A", "last_name": "In", "email": "a@example.org"}, True),
        opened(2, {"first_name": "B", "last_name": "Out", "email": "b@example.org"}, False),
        opened(3, {"first_name": "C", "last_name": "NoMail"}, False),
    ]
    path = tmp_path / "an.csv"
    assert write_csv(path, csv_files.ACTION_NETWORK, campaign, items) == 1
    assert read_back(path, csv_files.ACTION_NETWORK)[0][:3] == ["a@example.org", "A", "In"]
    header = path.read_text().splitlines()[0]
    assert header.startswith('"email","first_name","last_name","zip_code"')
    everyone = tmp_path / "all.csv"
    assert write_csv(everyone, csv_files.ACTION_NETWORK_ALL, campaign, items) == 2
    nb = tmp_path / "nb.csv"
    write_csv(nb, csv_files.NATIONBUILDER, campaign, items)
    rows = read_back(nb, csv_files.NATIONBUILDER)
    assert [r[1] for r in rows] == ["true", "false", "false"]
