"""Entry point for `python -m scdesk` and the frozen installer build."""

import sys

from scdesk.start import main

sys.exit(main())
