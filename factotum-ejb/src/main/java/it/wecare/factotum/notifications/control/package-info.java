/** Plain logic of notifications: templates, retry schedule, classification of delivery failures. */
package it.wecare.factotum.notifications.control;
