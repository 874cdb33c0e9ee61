"""Another X client: prints what the clipboard and the PRIMARY selection hold."""

import json

from PySide6.QtGui import QClipboard, QGuiApplication

app = QGuiApplication([])
clipboard = QGuiApplication.clipboard()
print(
    json.dumps(
        {
            "clipboard": clipboard.text(QClipboard.Mode.Clipboard),
            "selection": clipboard.text(QClipboard.Mode.Selection),
            "supports_selection": clipboard.supportsSelection(),
        }
    )
)
