package it.wecare.factotum.requests.boundary;

import java.io.Serializable;

/** A job's date was fixed, or moved ({@code moved}): the client and the worker are told. */
public record JobScheduled(JobNotice job, boolean moved) implements Serializable {}
