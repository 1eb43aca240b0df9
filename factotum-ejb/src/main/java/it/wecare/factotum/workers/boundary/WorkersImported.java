package it.wecare.factotum.workers.boundary;

import java.io.Serializable;

/** Many workers were written at once (demo data, an import): search rebuilds instead of following one by one. */
public record WorkersImported(int count) implements Serializable {}
