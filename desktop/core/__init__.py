"""The Qt-free domain core: entities, rules, permissions and use cases.

Nothing here imports Qt; the same code runs on the desktop and on the sync server.
"""
