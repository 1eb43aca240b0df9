/**
 * Use cases of the platform: {@link it.wecare.factotum.platform.boundary.SignIn} (login, password links,
 * session validity, the caller's account), {@link it.wecare.factotum.platform.boundary.Accounts} (creating,
 * inviting and administering accounts), the audit log, settings, emailed links, startup tasks, health.
 */
package it.wecare.factotum.platform.boundary;
