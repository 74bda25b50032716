"""Entry point of the bundled window program ``provdesk`` (PyInstaller runs this as __main__).

Installed from source, the same program is the ``provdesk`` gui-script of pyproject.toml.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.app import main

    sys.exit(main())
