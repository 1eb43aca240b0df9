package it.wecare.factotum.reporting.boundary;

import it.wecare.factotum.barter.boundary.GoodsFigures;
import java.io.Serializable;
import java.util.List;

/**
 * How every figure is computed: each family's indicators with their formula and source, the breakdowns,
 * the CO2e factor of each goods category with its source, and the threshold under which a cell about
 * people is hidden.
 */
public record Methodology(List<FamilyDefinition> families, List<GoodsFigures.Factor> factors, int threshold)
        implements Serializable {

    public Methodology {
        families = List.copyOf(families);
        factors = List.copyOf(factors);
    }

    /** One indicator's definition. */
    public record Definition(String key, String name, ImpactFigures.Unit unit, String formula, String source)
            implements Serializable {}

    /** A family's indicators and the names of its breakdowns. */
    public record FamilyDefinition(
            String key, String name, String note, List<Definition> indicators, List<String> breakdowns)
            implements Serializable {

        public FamilyDefinition {
            indicators = List.copyOf(indicators);
            breakdowns = List.copyOf(breakdowns);
        }

        /** The breakdowns' names in one line. */
        public String breakdownNames() {
            return String.join(" · ", breakdowns);
        }
    }
}
