package it.wecare.factotum.catalog.boundary;

/** The catalog changed (a node was added, renamed, moved, switched on or off, or deleted). */
public record CatalogChanged(String code) {}
