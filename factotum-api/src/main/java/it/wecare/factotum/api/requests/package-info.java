/** The contract of quote requests: their states, actions and channels. */
package it.wecare.factotum.api.requests;
