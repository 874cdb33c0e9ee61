"""What the fork server loads before it forks the workers of a merge that draws no sheets
(see worker_pool): only the opening code, kept out of the garbage collector's sweeps so that
the forked workers keep sharing its pages."""

import gc

import email_validator  # noqa: F401 - validation's, imported on the first email (20 ms a worker)

from kiosk.export import opening  # noqa: F401 - loaded for the workers

gc.freeze()
