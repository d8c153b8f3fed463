"""rustool — case management for municipal substance-abuse consultants."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rustool")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
