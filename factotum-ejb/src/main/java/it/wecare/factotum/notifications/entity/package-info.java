/** Entities of the notifications capability: the email outbox. */
package it.wecare.factotum.notifications.entity;
