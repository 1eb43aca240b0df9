/**
 * The boundaries of ratings: {@link it.wecare.factotum.ratings.boundary.Reviews} (inviting, leaving and
 * recording a review, the worker's reply, what pages and matching show) and
 * {@link it.wecare.factotum.ratings.boundary.Moderation} (held reviews, publishing or hiding one, the word
 * list).
 */
package it.wecare.factotum.ratings.boundary;
