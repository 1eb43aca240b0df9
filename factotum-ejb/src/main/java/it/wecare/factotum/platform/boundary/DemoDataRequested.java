package it.wecare.factotum.platform.boundary;

import java.io.Serializable;

/**
 * Fired once at start in demo mode, inside a transaction: each capability observes it synchronously and
 * adds its own demo records, skipping those that already exist, so a restart adds nothing twice.
 *
 * @param actor the name written in the audit log for what the loaders create
 */
public record DemoDataRequested(String actor) implements Serializable {}
