"""The demo community loaded by `flask demo` and `make run`."""
