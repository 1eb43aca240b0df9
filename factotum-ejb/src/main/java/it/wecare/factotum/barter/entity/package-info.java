/** Barter's persistent state: the goods categories and their price list. */
package it.wecare.factotum.barter.entity;
