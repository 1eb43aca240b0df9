/** The pages of reviews: leaving one from the emailed link, moderating them, the public policy. */
package it.wecare.factotum.web.ratings;
