/**
 * Jakarta Security for Factotum: one authentication mechanism for the whole application (the login page
 * for people, HTTP Basic for the API) over one identity store backed by the accounts in the database.
 */
package it.wecare.factotum.web.platform.security;
