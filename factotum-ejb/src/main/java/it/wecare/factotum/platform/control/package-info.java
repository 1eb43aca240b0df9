/** Plain logic of the platform: configuration lookup, password hashing, login throttling, setting types. */
package it.wecare.factotum.platform.control;
