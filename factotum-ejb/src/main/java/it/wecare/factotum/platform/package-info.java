/**
 * Platform: accounts and roles, login protection, the audit log of who did what to which record, typed settings that administrators edit (every change audited), schema migrations, demo data and health.
 */
package it.wecare.factotum.platform;
