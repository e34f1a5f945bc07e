"""journeys: group browser and search history into the tasks a person was working on."""

__version__ = "0.1.0"
