"""Readers: files, folders and stdin in; `Record`s out (see `readers.read_paths`)."""
