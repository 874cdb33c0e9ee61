"""Realistic demo signers in many scripts, for trying exports and for benchmarks."""

from __future__ import annotations

import math
import random

from kiosk.core.models import SignatureDraft, Stroke, pad_point

# (first names, last names, postal code pattern) per script or region. Real-world name shapes:
# diacritics, apostrophes, hyphens, particles, single names, right-to-left and CJK scripts.
NAME_POOLS: list[tuple[list[str], list[str], str]] = [
    (
        ["Anna", "James", "Maria", "Liam", "Zoë", "Siobhán", "Chloé", "Noah"],
        ["Smith", "O'Brien", "García Márquez", "Nguyễn", "Müller", "van der Berg", "Łukasiewicz"],
        "#####",
    ),
    (
        ["Борис", "Анна", "Дмитрий", "Ольга", "Сергей", "Наталья"],
        ["Иванова", "Петров", "Кузнецова", "Смирнов", "Соловьёв-Седой"],
        "######",
    ),
    (
        ["Олена", "Тарас", "Ганна", "Богдан", "Ярослава", "Марʼяна"],
        ["Шевченко", "Коваленко", "Бондар", "Мельник", "Грицак"],
        "#####",
    ),
    (["Γιώργος", "Ελένη", "Νίκος", "Μαρία"], ["Παπαδόπουλος", "Οικονόμου", "Αλεξίου"], "### ##"),
    (["דוד", "שרה", "יוסף", "מרים"], ["כהן", "לוי", "מזרחי"], "#######"),
    (["محمد", "فاطمة", "علي", "ليلى"], ["العلي", "حداد", "منصور"], "#####"),
    (["伟", "芳", "秀英", "明"], ["王", "李", "张", "刘"], "######"),
    (["さくら", "健太", "陽菜"], ["佐藤", "鈴木", "高橋"], "###-####"),
    (["Đức", "Thị Hoa"], ["Trần", "Lê"], "######"),
    (["José", "Inés", "Joaquín"], ["Pérez-Reverte", "Ñúñez", "de la Cruz"], "#####"),
]
ORGANIZATIONS = [
    "",
    "",
    "City College",
    "Университет ИТМО",
    "UNISON Local 17",
    "Київський ліцей",
    "Universidad de Sevilla",
    "Students for Solidarity",
]
EMAIL_DOMAINS = ["example.org", "example.com", "example.net"]


def _postal(pattern: str, rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def demo_strokes(rng: random.Random) -> list[Stroke]:
    """A signature-like scribble in a 3:1 pad: a few smooth loops drawn left to right."""
    strokes: list[Stroke] = []
    x = 0.05 + rng.random() * 0.1
    for _ in range(rng.randint(1, 3)):
        points: Stroke = []
        width = 0.2 + rng.random() * 0.3
        loops = rng.randint(2, 5)
        phase = rng.random() * math.pi
        for i in range(40):
            t = i / 39
            px = x + t * width
            py = 0.16 + 0.09 * math.sin(phase + t * loops * math.pi) * (1 - 0.5 * t)
            pressure = 0.4 + 0.5 * math.sin(t * math.pi)
            points.append(pad_point(min(px, 1.0), min(max(py, 0.0), 1.0), pressure))
        strokes.append(points)
        x = min(x + width + 0.05, 0.8)
    return strokes


def demo_drafts(count: int, seed: int = 1) -> list[SignatureDraft]:
    rng = random.Random(seed)
    drafts = []
    for n in range(count):
        firsts, lasts, postal = rng.choice(NAME_POOLS)
        first, last = rng.choice(firsts), rng.choice(lasts)
        fields = {"first_name": first, "last_name": last}
        if rng.random() < 0.7:
            fields["email"] = f"signer{n}.{seed}@{rng.choice(EMAIL_DOMAINS)}"
        if rng.random() < 0.8:
            fields["postal_code"] = _postal(postal, rng)
        organization = rng.choice(ORGANIZATIONS)
        if organization:
            fields["organization"] = organization
        drafts.append(
            SignatureDraft(
                fields=fields,
                consent_sign=True,
                consent_mailing="email" in fields and rng.random() < 0.8,
                strokes=demo_strokes(rng) if rng.random() < 0.85 else [],
                language=rng.choice(["en", "ru", "uk", "es"]),
            )
        )
    return drafts
