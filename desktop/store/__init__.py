"""Qt-free persistence: the SQLCipher engine, keys, migrations and the workspace."""
