/**
 * Ratings: verified reviews of completed jobs, their moderation, replies and aggregates.
 */
package it.wecare.factotum.ratings;
