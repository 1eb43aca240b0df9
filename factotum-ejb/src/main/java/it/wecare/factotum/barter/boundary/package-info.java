/** Barter's use cases: the price list of goods (and, next, offers, valuations and the credit ledger). */
package it.wecare.factotum.barter.boundary;
