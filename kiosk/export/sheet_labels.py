"""Printed-sheet wording in the pack's languages (the PDF is made without Qt)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "number": "No.",
        "name": "Name",
        "postal_code": "Postal code",
        "organization": "School / organisation",
        "email": "Email",
        "time": "Date and time",
        "signature": "Signature",
        "event": "Event",
        "place": "Place",
        "kiosk": "Kiosk",
        "page": "Page {page} of {pages}",
        "on_page": "Signatures on this page: {count}",
        "organizer": "Organizer: {name} ({contact})",
        "online": "Sign online",
        "digital": "Signatures captured digitally at a Petition Kiosk. "
        "This sheet is an advocacy record, not a set of wet-ink originals.",
        "paper": "Paper sheet: please print clearly. By signing you support the statement above.",
    },
    "ru": {
        "number": "№",
        "name": "Имя и фамилия",
        "postal_code": "Индекс",
        "organization": "Учёба / организация",
        "email": "Эл. почта",
        "time": "Дата и время",
        "signature": "Подпись",
        "event": "Мероприятие",
        "place": "Место",
        "kiosk": "Киоск",
        "page": "Страница {page} из {pages}",
        "on_page": "Подписей на странице: {count}",
        "organizer": "Организаторы: {name} ({contact})",
        "online": "Подписать онлайн",
        "digital": "Подписи собраны в цифровом виде на киоске Petition Kiosk. "
        "Этот лист — запись кампании, а не подлинники с подписями от руки.",
        "paper": "Бумажный лист: пишите разборчиво. Подписываясь, вы поддерживаете текст выше.",
    },
    "uk": {
        "number": "№",
        "name": "Ім'я та прізвище",
        "postal_code": "Індекс",
        "organization": "Навчання / організація",
        "email": "Ел. пошта",
        "time": "Дата і час",
        "signature": "Підпис",
        "event": "Захід",
        "place": "Місце",
        "kiosk": "Кіоск",
        "page": "Сторінка {page} з {pages}",
        "on_page": "Підписів на сторінці: {count}",
        "organizer": "Організатори: {name} ({contact})",
        "online": "Підписати онлайн",
        "digital": "Підписи зібрано в цифровому вигляді на кіоску Petition Kiosk. "
        "Цей аркуш — запис кампанії, а не оригінали з підписами від руки.",
        "paper": "Паперовий аркуш: пишіть розбірливо. Підписуючи, ви підтримуєте текст вище.",
    },
    "es": {
        "number": "N.º",
        "name": "Nombre",
        "postal_code": "Código postal",
        "organization": "Centro / organización",
        "email": "Correo",
        "time": "Fecha y hora",
        "signature": "Firma",
        "event": "Evento",
        "place": "Lugar",
        "kiosk": "Quiosco",
        "page": "Página {page} de {pages}",
        "on_page": "Firmas en esta página: {count}",
        "organizer": "Organización: {name} ({contact})",
        "online": "Firma en línea",
        "digital": "Firmas recogidas en formato digital en un quiosco Petition Kiosk. "
        "Esta hoja es un registro de la campaña, no un conjunto de originales en tinta.",
        "paper": "Hoja en papel: escribe con claridad. Al firmar apoyas el texto de arriba.",
    },
}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])
