/**
 * Barter: goods offered by clients in exchange, their valuation, the credit ledger and where the goods go.
 */
package it.wecare.factotum.barter;
