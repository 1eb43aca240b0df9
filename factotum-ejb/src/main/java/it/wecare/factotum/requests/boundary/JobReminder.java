package it.wecare.factotum.requests.boundary;

import java.io.Serializable;

/** Tomorrow's job: the client and the worker are reminded (once per job date, whichever node's timer fires). */
public record JobReminder(JobNotice job) implements Serializable {}
