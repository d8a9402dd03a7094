"""`python -m monitor`: the same command line as the `monitor` script."""

from monitor.cli import main

if __name__ == "__main__":
    main(prog_name="monitor")
