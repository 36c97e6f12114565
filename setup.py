"""Package discovery: every package under leadapp/ is found, never listed by hand.

pyproject.toml holds the metadata. Only this part needs code: setuptools' `packages.find` cannot give
resources/ (reference data, fonts, icons) its installed name `leadapp.resources`, so its folders are found
here and named under it.
"""

from setuptools import find_namespace_packages, setup

NOT_CODE = ["*.__pycache__", "__pycache__"]

setup(
    packages=[
        *find_namespace_packages(include=["leadapp", "leadapp.*"], exclude=NOT_CODE),
        "leadapp.resources",
        *(f"leadapp.resources.{name}" for name in find_namespace_packages("resources", exclude=NOT_CODE)),
    ]
)
