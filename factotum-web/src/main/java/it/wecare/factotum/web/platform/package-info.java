/** Pages of the platform capability: login, language, the back-office shell, audit log and settings. */
package it.wecare.factotum.web.platform;
