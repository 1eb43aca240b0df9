/**
 * Use cases of notifications. Capabilities fire their own events; observers here (see
 * {@code AccountEmails}) turn each into an email with {@link it.wecare.factotum.notifications.boundary.Outbox#enqueue},
 * in the same transaction; {@link it.wecare.factotum.notifications.boundary.OutboxSender} delivers them.
 */
package it.wecare.factotum.notifications.boundary;
