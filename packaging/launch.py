"""The bundle's entry point: the same as the installed `pledge-tracker` console script.

No arguments open the desktop app; a command runs the command line (pledge_tracker.cli).
"""

import sys

from pledge_tracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
