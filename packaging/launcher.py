"""The bundle's entry point: the same command line as the installed `rustool` script."""

from rustool.cli import main

main()
