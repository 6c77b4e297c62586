"""routes: turn reporting on arms shipments and military logistics into cited maps and GIS files."""

__version__ = "0.2.0"
