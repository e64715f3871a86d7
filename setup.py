"""Packaging beyond what pyproject.toml can say: the top-level ``resources/`` folder is
installed inside the package as ``lawdiff/resources`` (read by ``lawdiff.core.paths``), so a
non-editable install (``pip install --target DIR .``, a wheel) carries the taxonomy, the JSON
schema and the report template. The repository layout stays as it is.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["lawdiff", "lawdiff.*"]), "lawdiff.resources"],
    package_dir={"lawdiff.resources": "resources"},
    package_data={"lawdiff": ["py.typed"], "lawdiff.resources": ["**/*"]},
)
