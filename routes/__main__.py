"""Run the command line: python -m routes."""
from routes.cli import main

raise SystemExit(main())
