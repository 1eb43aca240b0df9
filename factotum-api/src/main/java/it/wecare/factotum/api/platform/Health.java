package it.wecare.factotum.api.platform;

import java.io.Serializable;

/**
 * Whether the service can do its work.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param database {@code UP} when a query on the datasource answers
 * @param schemaVersion the newest applied migration
 */
public record Health(String status, String database, String schemaVersion) implements Serializable {}
