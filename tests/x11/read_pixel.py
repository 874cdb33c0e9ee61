"""Another X client: prints the colour of a screen pixel in the kiosk's margin (what a person
sees there: the kiosk, or whatever is in front of it)."""

from PySide6.QtGui import QGuiApplication

app = QGuiApplication([])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
print(image.pixelColor(10, image.height() - 6).name())  # the margin, bottom left
