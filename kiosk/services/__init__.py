"""Use-cases the UI and the command line call.  They own transactions; screens never do."""
