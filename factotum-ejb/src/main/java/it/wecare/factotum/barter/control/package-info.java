/** The barter rules as plain logic: valuing goods, and the credit ledger that never creates or loses value. */
package it.wecare.factotum.barter.control;
