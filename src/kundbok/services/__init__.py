"""Use cases: the only layer the UI and the command line call. One call, one transaction."""
