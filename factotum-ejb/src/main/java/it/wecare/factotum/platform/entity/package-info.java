/** Entities of the platform: accounts, audit entries, stored settings. */
package it.wecare.factotum.platform.entity;
