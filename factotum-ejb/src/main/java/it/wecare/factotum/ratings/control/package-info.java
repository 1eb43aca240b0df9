/** The rules of reviews as plain logic: the automatic checks of a text and the Bayesian average. */
package it.wecare.factotum.ratings.control;
