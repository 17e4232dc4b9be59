"""Sub-commands of the `vendorpact` CLI; each module exposes `register(subparsers)`."""
