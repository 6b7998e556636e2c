"""Use cases: what the GUI and the CLI both call. Rules from domain, storage from db."""
