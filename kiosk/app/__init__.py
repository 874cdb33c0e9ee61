"""The composition root: the only package that knows both the screens and the services.

``services.open_services`` assembles the store and the use cases from the settings (for the
kiosk and the command line alike); ``gui.run_app`` builds the window from them and runs it.
"""
