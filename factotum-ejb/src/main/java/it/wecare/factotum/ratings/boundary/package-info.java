/** The boundary of ratings: inviting, leaving, recording, moderating, replying to and showing reviews. */
package it.wecare.factotum.ratings.boundary;
