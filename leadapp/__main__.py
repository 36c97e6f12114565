import sys

from leadapp.app import main

sys.exit(main())
