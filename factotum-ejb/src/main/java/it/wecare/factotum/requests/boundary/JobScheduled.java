package it.wecare.factotum.requests.boundary;

/** A job's date was fixed, or moved ({@code moved}): the client and the worker are told. */
public record JobScheduled(JobNotice job, boolean moved) {}
