"""`python -m monitor`: the same command line as the `monitor` script."""

from monitor.launch import main

if __name__ == "__main__":
    main(prog_name="monitor")
