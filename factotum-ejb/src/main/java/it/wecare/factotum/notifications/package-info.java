/**
 * Notifications: every email, written to a transactional outbox with its cause and delivered in the recipient's language.
 */
package it.wecare.factotum.notifications;
