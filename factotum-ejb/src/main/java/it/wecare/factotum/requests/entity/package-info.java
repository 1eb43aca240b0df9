/** Entities of requests: the quote request and its timeline. */
package it.wecare.factotum.requests.entity;
