import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.export import csv_files
from kiosk.export.csv_files import FORMULA_STARTS, neutralise, read_back, write_csv
from tests.helpers import opened

FLAVOURS = list(csv_files.FLAVOURS)

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


@given(st.dictionaries(st.text(max_size=5), HOSTILE, max_size=6))
def test_a_rows_cells_are_neutralised_as_each_cell_would_be(values):
    assert csv_files.safe_cells(values) == {k: neutralise(v) for k, v in values.items()}


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
    for flavour in FLAVOURS:
        item = opened(1, fields, mailing=flavour is not csv_files.ACTION_NETWORK_DO_NOT_SUBSCRIBE)
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


ANN = {"first_name": "Ann", "last_name": "In", "email": "ann@example.org", "postal_code": "LS2 9JT"}
SIGNERS = [
    (ANN, True),
    ({"first_name": "Bo", "last_name": "Out", "email": "bo@example.org"}, False),
    ({"first_name": "Cy", "last_name": "NoMail", "postal_code": "LS2 9JT"}, False),
]  # fmt: skip


def _written(tmp_path, campaign, flavour):
    items = [opened(n, fields, mailing) for n, (fields, mailing) in enumerate(SIGNERS, 1)]
    path = tmp_path / flavour.filename
    write_csv(path, flavour, campaign, items)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return lines[0], read_back(path, flavour)


def test_action_network_opted_in_file(tmp_path, campaign):
    header, rows = _written(tmp_path, campaign, csv_files.ACTION_NETWORK)
    # Action Network's upload matches these headers itself; email is required.
    assert header == '"email","first_name","last_name","zip_code","country","organization"'
    assert rows == [["ann@example.org", "Ann", "In", "LS2 9JT", "", ""]]


def test_action_network_do_not_subscribe_file_holds_the_others_with_an_email(tmp_path, campaign):
    header, rows = _written(tmp_path, campaign, csv_files.ACTION_NETWORK_DO_NOT_SUBSCRIBE)
    assert header.startswith('"email","first_name","last_name","zip_code","country"')
    assert rows == [["bo@example.org", "Bo", "Out", "", "", ""]]
    assert csv_files.ACTION_NETWORK_DO_NOT_SUBSCRIBE.filename.endswith("do-not-subscribe.csv")


def test_nationbuilder_file_identifies_every_row_with_yes_no_and_unsplittable_tags(
    tmp_path, campaign
):
    from tests.helpers import EVENT

    header, rows = _written(tmp_path, campaign, csv_files.NATIONBUILDER)
    assert header == (
        '"external_id","email","email_opt_in","first_name","last_name","primary_zip",'
        '"primary_country_code","language","tag_list","organization"'
    )
    assert [r[0] for r in rows] == ["id-1", "id-2", "id-3"]  # every row, email or not
    assert [r[2] for r in rows] == ["Y", "N", "N"]
    assert rows[0][7] == "en"
    assert rows[0][8] == f"{campaign.slug}, {EVENT.name}"


def test_nationbuilder_tags_never_split_on_a_comma_in_an_event_name(campaign):
    from dataclasses import replace

    from tests.helpers import EVENT

    item = opened(1, {"first_name": "A", "last_name": "B"})
    item = replace(item, event=replace(EVENT, name="Freshers fair, Leeds; day 2"))
    tags = csv_files.person(campaign, item)["tags"].split(", ")
    assert tags == [campaign.slug, "Freshers fair Leeds day 2"]


def test_mailchimp_file_holds_opted_in_subscribers_with_the_postcode_as_text(tmp_path, campaign):
    header, rows = _written(tmp_path, campaign, csv_files.MAILCHIMP)
    assert header == (
        '"Email Address","First Name","Last Name","Postal Code","Country","Language","Tags",'
        '"organization"'
    )
    assert rows == [
        ["ann@example.org", "Ann", "In", "LS2 9JT", "", "en", rows[0][6], ""],
    ]
    assert rows[0][6].startswith(campaign.slug)


def test_the_full_file_is_the_people_table_with_proof_of_consent(tmp_path, campaign):
    header, rows = _written(tmp_path, campaign, csv_files.GENERIC)
    columns = [c.strip('"') for c in header.split(",")]
    assert columns[: len(csv_files.PEOPLE_COLUMNS)] == list(csv_files.PEOPLE_COLUMNS)
    first = dict(zip(columns, rows[0], strict=True))
    assert first["signed_at"] == "2026-09-20T10:00:00Z"
    assert first["consent_mailing_at"] == first["signed_at"]
    assert first["privacy_notice_version"] == "v1" and first["external_id"] == "id-1"
    second = dict(zip(columns, rows[1], strict=True))
    assert second["email_opt_in"] == "N" and second["consent_mailing_at"] == ""


def test_a_country_comes_from_the_pack_or_the_signer(campaign):
    from dataclasses import replace

    from kiosk.core.fields import FieldSpec

    item = opened(1, {"first_name": "A", "last_name": "B", "country": "UA"})
    assert csv_files.person(replace(campaign, country="GB"), item)["country"] == "GB"
    with_field = replace(
        campaign,
        country="GB",
        fields=[*campaign.fields, FieldSpec("country", "country", False, {"en": "Country"})],
    )
    assert csv_files.person(with_field, item)["country"] == "UA"


def test_postcodes_are_counted_by_area():
    people = [
        {"country": "GB", "zip_code": "LS2 9JT"},
        {"country": "GB", "zip_code": "ls29jt"},
        {"country": "GB", "zip_code": ""},
    ]
    assert csv_files.postcode_counts(people) == [("GB", "", 1), ("GB", "LS29JT", 2)]


def test_a_file_of_one_column_still_writes_whole_cells(tmp_path, campaign):
    """A flavour of a single column (a plain list of emails, say) for a pack with no extra
    fields: each row is the one cell, not the characters of its value."""
    from dataclasses import replace

    plain = replace(campaign, fields=[f for f in campaign.fields if f.key != "organization"])
    emails = csv_files.Flavour("emails", "emails.csv", False, (("email", "email"),))
    path = tmp_path / "emails.csv"
    write_csv(path, emails, plain, [opened(1, {"first_name": "Ann", "email": "=ann@x.org"})])
    assert read_back(path, emails) == [["'=ann@x.org"]]


@settings(max_examples=60, deadline=None)
@given(first=HOSTILE, last=HOSTILE, email=HOSTILE, mailing=st.booleans())
def test_a_merge_workers_rendered_lines_are_the_rows_each_file_would_write(
    campaign, first, last, email, mailing
):
    """The renderer travels to the merge's workers pickled; what it renders must parse back
    to each file's neutralised row, with the signer in exactly the files that take them."""
    import csv
    import pickle

    renderer = pickle.loads(pickle.dumps(csv_files.RowRenderer(campaign, FLAVOURS, True)))
    fields = {"first_name": first, "last_name": last, "email": email, "postal_code": "ls2 9jt"}
    item = opened(1, fields, mailing=mailing)
    uuid, lines, area = renderer.render(item)
    assert uuid == item.uuid and area[1] == "LS29JT"
    assert area == csv_files.postcode_key(csv_files.person(campaign, item))
    for flavour, line in zip(FLAVOURS, lines, strict=True):
        expected = csv_files.row(flavour, campaign, item)
        if expected is None:
            assert line is None
            continue
        assert line.endswith("\r\n")
        assert next(csv.reader([line[:-2]])) == [neutralise(v) for v in expected]
