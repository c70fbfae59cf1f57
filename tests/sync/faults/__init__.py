"""The fault test of the sync (issue 6): kill -9, a lossy proxy, and the checks after healing."""
