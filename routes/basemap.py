"""The land and borders drawn under every map, so that a map is readable with no network.

The countries are Natural Earth's 1:110m admin-0 polygons (public domain), as the pyogrio
package ships them (`tests/fixtures/naturalearth_lowres`, copied there from GeoPandas): the
data arrives with a dependency the project already has, and nothing is fetched at run time.
The polygons are simplified (to about 5 km) and travel at 0.01° precision: about 70 kB a page.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

ATTRIBUTION = "Land and borders: Natural Earth (public domain)"
# Simplification tolerance, in degrees: about 5 km, finer than the 1:110m source shows.
TOLERANCE = 0.05
SCALE = 100  # coordinates travel as integers in hundredths of a degree


class BasemapMissing(RuntimeError):
    """The installed pyogrio does not ship the Natural Earth countries this layer draws."""


def source() -> Path:
    """The Natural Earth countries shapefile inside the installed pyogrio."""
    import pyogrio

    path = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    if not path.is_file():
        raise BasemapMissing(f"{path}: not found; the land layer needs pyogrio's Natural Earth countries "
                             "(reinstall pyogrio from its wheel)")
    return path


@functools.cache
def rings() -> tuple[Any, ...]:
    """Every ring of every country (outer rings and holes alike), simplified, as (lon, lat) arrays.

    Drawn as one even-odd filled shape, the rings need no grouping: holes stay holes.
    """
    import pyogrio
    import shapely

    frame = pyogrio.read_dataframe(source(), columns=[])
    shapes = shapely.simplify(frame.geometry.values, TOLERANCE, preserve_topology=True)
    polygons = shapely.get_parts(shapes)
    exteriors = shapely.get_exterior_ring(polygons)
    interiors = [shapely.get_interior_ring(p, i) for p in polygons for i in range(shapely.get_num_interior_rings(p))]
    return tuple(shapely.get_coordinates(ring) for ring in (*exteriors, *interiors))
