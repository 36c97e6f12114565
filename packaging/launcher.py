"""The bundle's entry point: PyInstaller freezes this script, which starts the installed package."""

import sys

from leadapp.app import main

sys.exit(main())
