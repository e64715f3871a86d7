"""Qt-free, dependency-free domain core: ids, errors, dataclasses, Changes.

Every other stage speaks in these types. Only the standard library is imported here.
"""
