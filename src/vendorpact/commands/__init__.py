"""Sub-commands of the `vendorpact` CLI; each module exposes `register(subparsers)`.

The command line (these modules and `vendorpact/cli.py`) is the one place where vendorpact
modules are imported inside functions: models and services can only be imported once the
command has set Django up, and `vendorpact --help` should not load the analyser or the SLA
engine. That is not a cycle dodge; tests/test_layers.py allows it here and nowhere else.
"""
