/**
 * The contract between Factotum and the outside world: the records every REST payload is made of
 * (validated with Bean Validation), the enums that belong to the contract and the JAX-RS interfaces of
 * the API under {@code /api/v1}. A partner cooperative can use this jar with any JAX-RS client; it holds
 * no entity and no server code.
 */
package it.wecare.factotum.api;
