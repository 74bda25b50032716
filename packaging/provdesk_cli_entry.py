"""Entry point of the bundled command line ``provdesk-cli`` (PyInstaller runs this as __main__).

Installed from source, the same program is the ``provdesk-cli`` script of pyproject.toml.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
