/**
 * Barter's use cases: the price list of goods, {@link it.wecare.factotum.barter.boundary.GoodsOffers}
 * (offers, valuations, the client's answer, collection, the credit and the goods' impact) and {@link
 * it.wecare.factotum.barter.boundary.GoodsPhotos} (the items' photos).
 */
package it.wecare.factotum.barter.boundary;
