"""`python -m core train FAMILY …`: see core/cli.py."""
import sys

from core.cli import main

sys.exit(main())
