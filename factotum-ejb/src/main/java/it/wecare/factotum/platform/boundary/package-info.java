/** Use cases of the platform: login and accounts, audit log, settings, startup tasks, health. */
package it.wecare.factotum.platform.boundary;
