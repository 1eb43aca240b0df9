package it.wecare.factotum.reporting.control;

/**
 * The rule that keeps fragile people from being recognised in a table: a figure about people derived from
 * the training section is shown only when at least {@link #THRESHOLD} people are behind it (a zero is shown:
 * it reveals nobody). The research notes cite it for funder reporting (phase2-requirements.md, IMP-8, GDPR-8).
 */
public final class SmallCells {

    /** The fewest people a published cell may count. */
    public static final int THRESHOLD = 5;

    private SmallCells() {}

    /** Whether a cell with {@code people} behind it must show "< 5". */
    public static boolean hidden(long people) {
        return people > 0 && people < THRESHOLD;
    }
}
