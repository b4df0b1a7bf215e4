"""Entry point for `python -m scdesk` and the frozen installer build."""

import sys

from scdesk.cli import main

sys.exit(main())
