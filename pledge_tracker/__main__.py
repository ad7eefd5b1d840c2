"""`python -m pledge_tracker` runs the command line."""

import sys

from pledge_tracker.cli import main

sys.exit(main())
