package it.wecare.factotum.search.boundary;

/** An operator added, changed or deleted a synonym rule. */
public record SynonymsChanged(Long id) {}
