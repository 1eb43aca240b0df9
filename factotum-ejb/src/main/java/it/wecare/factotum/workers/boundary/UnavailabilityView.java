package it.wecare.factotum.workers.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Days a worker cannot work, from {@code firstDay} to {@code lastDay} included. */
public record UnavailabilityView(long id, long workerId, LocalDate firstDay, LocalDate lastDay, String reason)
        implements Serializable {}
