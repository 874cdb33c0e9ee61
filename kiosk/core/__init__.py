"""Plain data and rules: no Qt, no database, no PDF library."""
