package it.wecare.factotum.search.boundary;

import java.io.Serializable;

/** An operator added, changed or deleted a synonym rule. */
public record SynonymsChanged(Long id) implements Serializable {}
