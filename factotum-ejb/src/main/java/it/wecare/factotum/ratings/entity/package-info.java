/** Reviews and the moderation word list. */
package it.wecare.factotum.ratings.entity;
