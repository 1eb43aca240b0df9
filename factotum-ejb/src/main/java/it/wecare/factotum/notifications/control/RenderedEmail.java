package it.wecare.factotum.notifications.control;

/** An email ready for the outbox: subject, plain text and HTML, in one language. */
public record RenderedEmail(String subject, String text, String html) {}
