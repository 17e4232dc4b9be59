"""`python -m vendorpact ...` is the `vendorpact` command."""

import sys

from vendorpact.cli import main

sys.exit(main())
