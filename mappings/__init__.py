"""Elasticsearch mappings, one JSON file per index; shipped inside the distribution."""
