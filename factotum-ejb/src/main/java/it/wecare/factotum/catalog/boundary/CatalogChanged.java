package it.wecare.factotum.catalog.boundary;

import java.io.Serializable;

/** The catalog changed (a node was added, renamed, moved, switched on or off, or deleted). */
public record CatalogChanged(String code) implements Serializable {}
