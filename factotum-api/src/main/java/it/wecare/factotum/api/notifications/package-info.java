/** Contract of the notifications capability: the outbox, for monitoring. */
package it.wecare.factotum.api.notifications;
