/** Pages of notifications: the outbox (and, in demo mode, the demo mailbox) with previews and retries. */
package it.wecare.factotum.web.notifications;
