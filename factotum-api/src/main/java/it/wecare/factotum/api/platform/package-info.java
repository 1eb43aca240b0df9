/** Contract of the platform capability: accounts, roles and the health of the service. */
package it.wecare.factotum.api.platform;
