package it.wecare.factotum.web.matching;

import it.wecare.factotum.matching.boundary.Matching;
import it.wecare.factotum.matching.control.Weights;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public page that explains how workers are chosen, with the weights in force today. */
@Named
@RequestScoped
public class HowChosenPage {

    @Inject
    Matching matching;

    private Weights weights;

    public Weights getWeights() {
        if (weights == null) {
            weights = matching.weights();
        }
        return weights;
    }
}
