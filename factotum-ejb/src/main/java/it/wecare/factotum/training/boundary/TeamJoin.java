package it.wecare.factotum.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Someone who joined an operative team from a traineeship, and the day the final assessment took them in. */
public record TeamJoin(long workerId, String name, LocalDate joinedOn) implements Serializable {}
