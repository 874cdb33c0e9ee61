"""What the fork server loads before it forks the workers of a merge that draws no sheets
(see worker_pool): only the opening code, kept out of the garbage collector's sweeps so that
the forked workers keep sharing its pages."""

import gc

from kiosk.export import opening  # noqa: F401 - loaded for the workers

gc.freeze()
