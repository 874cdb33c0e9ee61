import math
import re
import unicodedata

import pikepdf
import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader

from kiosk.export.fonts import BOLD, FALLBACK, register_fonts, text_runs, visual_order
from kiosk.export.pdf_sheets import SheetGroup, SheetLayout, write_blank_sheets, write_sheets
from tests.helpers import EVENT, opened

NAMES = [
    ("Zoë", "Ångström"),
    ("Борис", "Кагарлицкий"),
    ("Ярослава", "Шевченко"),
    ("Γιώργος", "Παπαδόπουλος"),
    ("דוד", "כהן"),
    ("محمد", "العلي"),
    ("秀英", "王"),
    ("さくら", "佐藤"),
    ("민준", "김"),
    ("Nguyễn", "Thị Hoa"),
    ("<b>Bold</b>", "&amp; <font>"),
    ("=1+1", "O'Brien-Smith"),
    ("Madonna", ""),
]


def _items(count):
    items = []
    for n in range(count):
        first, last = NAMES[n % len(NAMES)]
        fields = {
            "first_name": f"{first}{n}" if n >= len(NAMES) else first,
            "last_name": last,
            "postal_code": f"{10000 + n}",
        }
        strokes = [[(0.1, 0.1, 0.5), (0.5, 0.25, 0.7), (0.9, 0.1, 0.4)]] if n % 2 else []
        items.append(opened(n, fields, strokes=strokes))
    return items


def _squash(text: str) -> str:
    # NFKC folds Arabic presentation forms (what the PDF draws) back to plain letters.
    return unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))


def test_every_script_has_real_glyphs():
    coverage = register_fonts()
    for first, last in NAMES:
        for font, run in text_runs(visual_order(f"{first} {last}")):
            for ch in run:
                assert ch.isspace() or ord(ch) in coverage[font], (first, ch, font)
    assert set(coverage) == {name for name, _ in FALLBACK} | {BOLD}  # CJK loaded on demand


def test_sheets_text_pages_and_structure(tmp_path, campaign):
    items = _items(40)
    path = tmp_path / "sheets.pdf"
    (sheet,) = write_sheets(
        path, campaign, [SheetGroup("kiosk-a", EVENT, len(items), items)], language="en"
    )
    pages = sheet.pages
    assert sorted(sheet.uuids) == sorted(i.uuid for i in items)
    layout = SheetLayout(campaign, "en", include_email=False)
    assert pages == math.ceil(40 / layout.rows_per_page)
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    texts = [_squash(page.extract_text()) for page in reader.pages]
    statement = _squash(campaign.statement["en"])
    for number, text in enumerate(texts, 1):
        assert statement in text
        assert f"Page{number}of{pages}" in text
        assert "kiosk-a" in text and "Freshersfair" in text and "freeboris.info" in text
        assert "capturedTdigitally".replace("T", "") in text
    everything = "".join(texts)
    names = [
        f"{i.record.fields['first_name']} {i.record.fields['last_name']}".strip() for i in items
    ]
    for logical in names:
        if visual_order(logical) != logical and any(c.isdigit() for c in logical):
            # Mixed right-to-left letters and digits come out of text extraction in pieces:
            # each piece must be there.
            for piece in re.findall(r"\d+|[^\d\s]+", logical):
                assert _squash(piece) in everything or _squash(piece[::-1]) in everything
            continue
        # Extractors differ on right-to-left text: accept logical or visual order.
        forms = {_squash(logical), _squash(visual_order(logical)), _squash(logical[::-1])}
        # "Madonna" is also inside "Madonna25": expect it once per name that contains it.
        expected = sum(1 for other in names if _squash(logical) in _squash(other))
        assert sum(everything.count(form) for form in forms) == expected, logical
    assert "<b>Bold</b>&amp;<font>" in everything  # markup printed literally
    with pikepdf.open(path) as pdf:
        assert pdf.check_pdf_syntax() == []


def test_qr_code_on_a_rendered_page_decodes(tmp_path, campaign):
    path = tmp_path / "sheets.pdf"
    write_sheets(path, campaign, [SheetGroup("kiosk-a", EVENT, 3, _items(3))], language="ru")
    image = pdfium.PdfDocument(path)[0].render(scale=150 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [campaign.petition_url]


def test_blank_sheets_share_the_layout(tmp_path, campaign):
    path = tmp_path / "blank.pdf"
    assert write_blank_sheets(path, campaign, 3, language="es") == 3
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    for number, page in enumerate(reader.pages, 1):
        text = _squash(page.extract_text())
        assert _squash(campaign.statement["es"]) in text
        assert f"Página{number}de3" in text


def test_sheets_written_in_chunks_join_into_one_document(tmp_path, campaign):
    items = _items(60)
    path = tmp_path / "sheets.pdf"
    (sheet,) = write_sheets(
        path, campaign, [SheetGroup("kiosk-a", EVENT, 60, items)], language="en", chunk_pages=2
    )
    pages = sheet.pages
    reader = PdfReader(path)
    assert len(reader.pages) == pages > 2
    last = _squash(reader.pages[-1].extract_text())
    assert f"Page{pages}of{pages}" in last
    assert [p.name for p in tmp_path.iterdir()] == ["sheets.pdf"]  # chunks are gone
    with pikepdf.open(path) as pdf:
        assert pdf.check_pdf_syntax() == []


def test_long_sheets_go_to_parts_with_running_page_numbers(tmp_path, campaign):
    items = _items(100)
    path = tmp_path / "sheets.pdf"
    files = write_sheets(
        path,
        campaign,
        [SheetGroup("kiosk-a", EVENT, 100, items)],
        language="en",
        chunk_pages=2,
        pages_per_file=4,
    )
    total = sum(f.pages for f in files)
    assert [f.path.name for f in files] == [
        f"sheets-part-{i:02d}-of-{len(files):02d}.pdf" for i in range(1, len(files) + 1)
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f.path.name for f in files]
    assert sorted(u for f in files for u in f.uuids) == sorted(i.uuid for i in items)
    first_of_second = _squash(PdfReader(files[1].path).pages[0].extract_text())
    assert f"Page5of{total}" in first_of_second


def test_six_digit_row_numbers_print_whole(campaign):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    layout = SheetLayout(campaign, "en", include_email=True)
    number_width = dict(layout.columns)["number"]
    assert stringWidth("100000", "KioskSans", 8.5) <= number_width - 6
    assert sum(w for _, w in layout.columns) <= layout.width - 2 * 28 + 0.01
